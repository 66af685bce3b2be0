package socialbench.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * A seeded random dw for March 2026: organizations in 3 industries × 2 segments with one facebook and one
 * linkedin page each, follower sizes from a few hundred to millions, 0–5 posts per page with some metrics
 * not reported (NULL), conversions for most organizations. Used by the property and idempotency tests.
 */
final class GeneratedDw {
  static final String[] INDUSTRIES = {"health", "retail", "technology"};
  static final String[] SEGMENTS = {"smb", "enterprise"};
  static final String[] PLATFORMS = {"facebook", "linkedin"};
  static final String[] OBJECTIVES = {"traffic", "video", "engagement", "awareness", "conversion"};
  static final String[] TYPES = {"photo", "link", "video", "text"};
  static final List<String> TOPICS = List.of("technology", "events", "careers");

  private GeneratedDw() {}

  static DwFixture build(long seed, int orgs) {
    Random r = new Random(seed);
    DwFixture f = new DwFixture();
    for (int o = 0; o < orgs; o++) {
      String org = "g" + o;
      f.org(org, INDUSTRIES[r.nextInt(INDUSTRIES.length)], SEGMENTS[r.nextInt(SEGMENTS.length)]);
      for (String platform : PLATFORMS) {
        String page = org + "-" + platform;
        f.page(page, platform, org);
        long start = Math.round(Math.pow(10, 2.5 + r.nextDouble() * 4));
        long end = Math.max(0, start + r.nextInt((int) Math.max(2, start / 5)) - start / 20);
        f.followers(page, platform, org, "2026-02-28", start, 0L);
        f.followers(page, platform, org, "2026-03-31", end, (long) r.nextInt((int) Math.max(1, start / 50)));
        int posts = r.nextInt(6);
        for (int i = 0; i < posts; i++) {
          Instant at = Instant.parse("2026-03-01T00:00:00Z").plusSeconds(r.nextInt(31 * 24) * 3600L);
          long reachValue = 1 + r.nextInt((int) Math.max(2, start));
          DwFixture.Post p = f.post(page + "-p" + i, platform, page, org, at.toString())
              .type(TYPES[r.nextInt(TYPES.length)])
              .objective(OBJECTIVES[r.nextInt(OBJECTIVES.length)])
              .followersAtPublish(start)
              .engagements((long) r.nextInt((int) Math.max(2, start / 10)))
              .reach(r.nextInt(5) == 0 ? null : reachValue)
              .impressions(reachValue * 2)
              .clicks((long) r.nextInt(100))
              .videoViews((long) r.nextInt(1000))
              .localTime(1 + r.nextInt(7), 8 + r.nextInt(3))
              .topics(TOPICS.get(r.nextInt(TOPICS.size())));
          p.add();
        }
      }
      if (r.nextInt(10) < 7) {
        for (String platform : PLATFORMS) {
          f.conversion(org, platform, "2026-03-" + (10 + r.nextInt(10)), 100 + r.nextInt(900), r.nextInt(60), r.nextInt(20),
              r.nextInt(5), r.nextInt(5000), r.nextInt(3) == 0 ? 0 : 100 + r.nextInt(2000));
        }
      }
    }
    return f;
  }

  static final LocalDate MONTH = LocalDate.parse("2026-03-01");
}
