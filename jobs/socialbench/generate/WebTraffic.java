package socialbench.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An organization's website sessions of a day by source (GA4's "Session source / medium" rows) and the
 * leads (form submissions, GA4 key events) each source produced. Social sessions grow with the
 * org's followers on that platform; paid sessions come from the day's ad clicks.
 */
final class WebTraffic {
  /** A GA4 row. {@code platform} is the social platform the source belongs to, or null. */
  record Source(String sourceMedium, String campaign, Platform platform, boolean paid, String crmSource, String crmDrillDown1,
      String crmDrillDown2, long sessions, long engagedSessions, long leads, long eventCount) {}

  private static final double[] CLICKS_PER_FOLLOWER = {0.0025, 0.0006, 0.0012, 0.002, 0.0008, 0.0004};
  private static final String[] DRILL_DOWN = {"Facebook", "Instagram", "Twitter", "LinkedIn", "YouTube", "TikTok"};

  private final long seed;
  private final FollowerModel followers;
  private final AdCampaigns ads;

  WebTraffic(long seed, FollowerModel followers, AdCampaigns ads) {
    this.seed = seed;
    this.followers = followers;
    this.ads = ads;
  }

  List<Source> day(Organization org, List<Page> pages, LocalDate date) {
    SplittableRandom r = Rand.of(seed, "web", org.index(), date.toEpochDay());
    boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    double week = weekend ? 0.6 : 1.1;
    List<Source> out = new ArrayList<>();
    for (Page page : pages) {
      Platform p = page.platform();
      double expected = followers.followers(page, date) * CLICKS_PER_FOLLOWER[p.ordinal()] * Math.sqrt(page.postsPerDay()) * page.quality() * week;
      long sessions = Rand.poisson(r, expected);
      switch (p) {
        case FACEBOOK -> {
          long desktop = Math.round(sessions * 0.6);
          out.add(source(r, org, "facebook.com / referral", "(referral)", p, false, "Social media", desktop, ""));
          out.add(source(r, org, "m.facebook.com / referral", "(referral)", p, false, "Social media", sessions - desktop, ""));
        }
        case INSTAGRAM -> out.add(source(r, org, "l.instagram.com / referral", "(referral)", p, false, "Social media", sessions, ""));
        case X -> out.add(source(r, org, "t.co / referral", "(referral)", p, false, "Social media", sessions, ""));
        case LINKEDIN -> out.add(source(r, org, "linkedin.com / social", "(referral)", p, false, "Social media", sessions, ""));
        case YOUTUBE -> out.add(source(r, org, "youtube.com / referral", "(referral)", p, false, "Social media", sessions, ""));
        case TIKTOK -> out.add(source(r, org, "tiktok.com / referral", "(referral)", p, false, "Social media", sessions, ""));
      }
    }
    if (org.hasAds()) {
      for (AdCampaigns.Campaign c : ads.activeOn(org, date)) {
        long clicks = ads.deliver(org, c, date).linkClicks();
        out.add(source(r, org, "facebook / paid_social", c.utm(), Platform.FACEBOOK, true, "Paid social", Rand.stochasticRound(r, clicks * 0.8), c.utm()));
      }
    }
    double size = 10 + followersTotal(pages, date) * 0.001;
    out.add(source(r, org, "google / organic", "(organic)", null, false, "Organic search", Rand.poisson(r, size * 4 * week), "google"));
    out.add(source(r, org, "bing / organic", "(organic)", null, false, "Organic search", Rand.poisson(r, size * 0.4 * week), "bing"));
    out.add(source(r, org, "(direct) / (none)", "(direct)", null, false, "Direct traffic", Rand.poisson(r, size * 1.5 * week), ""));
    return out;
  }

  private long followersTotal(List<Page> pages, LocalDate date) {
    long sum = 0;
    for (Page p : pages) sum += followers.followers(p, date);
    return Math.min(sum, 2_000_000);
  }

  private static Source source(SplittableRandom r, Organization org, String sourceMedium, String campaign, Platform platform, boolean paid,
      String crmSource, long sessions, String drill) {
    long engaged = Rand.stochasticRound(r, sessions * (0.35 + 0.3 * r.nextDouble()));
    long leads = Rand.poisson(r, sessions * org.leadRate() * (paid ? 1.3 : 1.0));
    leads = Math.min(leads, sessions);
    long events = sessions * 4 + Rand.poisson(r, sessions * 0.6);
    String d1 = platform == null ? drill : DRILL_DOWN[platform.ordinal()];
    String d2 = platform == null ? "" : drill;
    return new Source(sourceMedium, campaign, platform, paid, crmSource, d1, d2, sessions, engaged, leads, events);
  }
}
