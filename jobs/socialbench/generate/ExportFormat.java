package socialbench.generate;

/**
 * Every file layout the generator writes (see docs/generator.md for the headers). {@code renamed} is
 * the column rename a "renamed column" dirty case applies: pairs of (current name, older/other name).
 */
enum ExportFormat {
  X_TWEET_ACTIVITY(true, new String[][] {{"likes", "favorites"}, {"promoted likes", "promoted favorites"}}),
  X_ACCOUNT_DAILY(true, new String[][] {{"likes", "favorites"}, {"promoted likes", "promoted favorites"}}),
  FACEBOOK_INSIGHTS_POSTS(true, new String[][] {{"Lifetime Post organic reach", "Lifetime Post Organic Reach"}}),
  FACEBOOK_MBS_CONTENT(true, new String[][] {{"Views", "Impressions"}}),
  META_DAILY_SERIES(true, new String[][] {}),
  INSTAGRAM_MBS_CONTENT(true, new String[][] {{"Views", "Impressions"}}),
  LINKEDIN_UPDATES(false, new String[][] {{"Shares", "Reposts"}}),
  LINKEDIN_FOLLOWERS(false, new String[][] {{"Organic followers", "Organic Followers"}}),
  YOUTUBE_STUDIO_ZIP(false, new String[][] {{"Impressions click-through rate (%)", "Impressions CTR (%)"}}),
  TIKTOK_CONTENT(true, new String[][] {{"Total views", "Video views"}}),
  TIKTOK_FOLLOWERS(true, new String[][] {}),
  CANONICAL_POSTS(true, new String[][] {}),
  CANONICAL_PAGE_DAILY(true, new String[][] {}),
  GA4_TRAFFIC(true, new String[][] {{"Key events", "Conversions"}}),
  HUBSPOT_CONTACTS(true, new String[][] {{"Original Source", "Original Source Type"}}),
  ADS_MANAGER_CAMPAIGNS(true, new String[][] {{"Amount Spent (USD)", "Amount spent (USD)"}});

  /** CSV text that can carry thousands separators and malformed rows. */
  final boolean csv;
  final String[][] renamed;

  ExportFormat(boolean csv, String[][] renamed) {
    this.csv = csv;
    this.renamed = renamed;
  }

  String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
