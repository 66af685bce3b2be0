package socialbench.generate;

import java.util.List;
import java.util.SplittableRandom;

/** LinkedIn page analytics workbooks (.xlsx, or .xls for some pages): updates and followers. */
final class LinkedInExports {
  private LinkedInExports() {}

  static final String[] UPDATES_HEADER = {
    "Update link", "Update title", "Update type", "Content type", "Campaign name", "Posted by", "Created date", "Campaign start date",
    "Campaign end date", "Audience", "Impressions", "Video views", "Clicks", "Click through rate (CTR)", "Likes", "Comments",
    "Shares", "Follows", "Engagement rate"
  };

  static final String[] FOLLOWERS_HEADER = {"Date", "Sponsored followers", "Organic followers", "Total followers"};

  static Export updates(PageDay day, long seed) {
    Table t = new Table("All posts", UPDATES_HEADER, "Impressions", "Video views", "Clicks", "Click through rate (CTR)", "Likes",
        "Comments", "Shares", "Follows", "Engagement rate");
    for (int i = 0; i < day.posts.size(); i++) {
      Post p = day.posts.get(i);
      long[] m = day.metrics.get(i);
      long impressions = m[Metric.IMPRESSIONS];
      long interactions = m[Metric.CLICKS] + m[Metric.LIKES] + m[Metric.COMMENTS] + m[Metric.SHARES] + m[Metric.FOLLOWS];
      t.row(
          p.permalink(), p.message(), "Organic", contentType(p.type()), "", "", Fmt.US_DATE.format(p.date()), "", "", "All followers",
          Fmt.n(impressions), p.type().isVideo() ? Fmt.n(m[Metric.VIDEO_VIEWS]) : "", Fmt.n(m[Metric.CLICKS]),
          impressions == 0 ? "0" : Fmt.ratio((double) m[Metric.CLICKS] / impressions),
          Fmt.n(m[Metric.LIKES]), Fmt.n(m[Metric.COMMENTS]), Fmt.n(m[Metric.SHARES]), Fmt.n(m[Metric.FOLLOWS]),
          impressions == 0 ? "0" : Fmt.ratio((double) interactions / impressions));
    }
    return export(day, ExportFormat.LINKEDIN_UPDATES, "_content_", t);
  }

  static Export followers(PageDay day, long seed) {
    Table t = new Table("New followers", FOLLOWERS_HEADER, "Sponsored followers", "Organic followers", "Total followers");
    SplittableRandom r = Rand.of(seed, "li-sponsored", day.page.index(), day.date.toEpochDay());
    long sponsored = Rand.stochasticRound(r, day.gained * 0.05);
    // LinkedIn's columns are the day's new followers: total = sponsored + organic (no running total, no losses)
    t.row(Fmt.US_DATE.format(day.date), Fmt.n(sponsored), Fmt.n(day.gained - sponsored), Fmt.n(day.gained));
    return export(day, ExportFormat.LINKEDIN_FOLLOWERS, "_followers_", t);
  }

  private static Export export(PageDay day, ExportFormat format, String kind, Table t) {
    boolean xls = day.page.format() == PageFormat.LINKEDIN_XLS;
    String name = day.handleWithoutAt() + kind + Fmt.COMPACT_DATE.format(day.date) + (xls ? ".xls" : ".xlsx");
    return new Export(format, day.page.org(), "linkedin", day.date, name, List.of(t), xls ? XlsEncoder.INSTANCE : XlsxEncoder.INSTANCE);
  }

  static String contentType(PostType type) {
    return switch (type) {
      case LINK -> "Article";
      case PHOTO -> "Image";
      case VIDEO, REEL -> "Video";
      case TEXT -> "Text";
      case CAROUSEL -> "Document";
    };
  }
}
