package socialbench.generate;

import java.util.List;
import java.util.SplittableRandom;

/** socialbench's canonical posts.csv and page_daily.csv (docs/design.md §4), used by a few pages instead of the native exports. */
final class CanonicalExports {
  private CanonicalExports() {}

  static final String[] POSTS_HEADER = {
    "post_id", "page_id", "platform", "published_at", "post_type", "permalink", "message", "impressions", "reach", "likes", "comments",
    "shares", "saves", "clicks", "video_views"
  };
  static final String[] PAGE_DAILY_HEADER = {
    "date", "page_id", "platform", "followers", "followers_gained", "followers_lost", "impressions", "reach", "page_views"
  };

  /** Which canonical metrics each platform reports (others are written empty = not reported). */
  private static final int[] METRICS = {Metric.IMPRESSIONS, Metric.REACH, Metric.LIKES, Metric.COMMENTS, Metric.SHARES, Metric.SAVES, Metric.CLICKS, Metric.VIDEO_VIEWS};
  private static final boolean[][] REPORTED = {
    {true, true, true, true, true, false, true, true},
    {true, true, true, true, true, true, false, true},
    {true, false, true, true, true, false, true, false},
    {true, false, true, true, true, false, true, true},
    {true, false, false, false, false, false, false, true},
    {false, true, true, true, true, false, false, true},
  };

  static Export posts(PageDay day) {
    Table t = new Table("posts", POSTS_HEADER, "impressions", "reach", "likes", "comments", "shares", "saves", "clicks", "video_views");
    Platform platform = day.page.platform();
    for (int i = 0; i < day.posts.size(); i++) {
      Post p = day.posts.get(i);
      long[] m = day.metrics.get(i);
      String[] row = new String[POSTS_HEADER.length];
      row[0] = p.id();
      row[1] = day.page.pageId();
      row[2] = platform.folder;
      row[3] = Fmt.ISO_OFFSET.format(p.publishedAt());
      row[4] = p.type().name().toLowerCase(java.util.Locale.ROOT);
      row[5] = p.permalink();
      row[6] = p.message();
      for (int k = 0; k < METRICS.length; k++) {
        boolean reported = REPORTED[platform.ordinal()][k] && (METRICS[k] != Metric.VIDEO_VIEWS || p.type().isVideo());
        row[7 + k] = reported ? Fmt.n(m[METRICS[k]]) : "";
      }
      t.row(row);
    }
    return new Export(ExportFormat.CANONICAL_POSTS, day.page.org(), platform.folder, day.date, "posts.csv", List.of(t), Encoder.csv(CsvDialect.PLAIN));
  }

  static Export pageDaily(PageDay day, long seed) {
    Table t = new Table("page_daily", PAGE_DAILY_HEADER, "followers", "followers_gained", "followers_lost", "impressions", "reach", "page_views");
    SplittableRandom r = Rand.of(seed, "page-views", day.page.index(), day.date.toEpochDay());
    long impressions = day.page.platform() == Platform.TIKTOK ? day.dailyIncrement(Metric.VIDEO_VIEWS) : day.dailyIncrement(Metric.IMPRESSIONS);
    t.row(Fmt.ISO_DATE.format(day.date), day.page.pageId(), day.page.platform().folder, Fmt.n(day.followers), Fmt.n(day.gained),
        Fmt.n(day.lost), Fmt.n(impressions), Fmt.n((long) Math.floor(impressions * 0.7)), Fmt.n(Rand.stochasticRound(r, day.followers * 0.002)));
    return new Export(ExportFormat.CANONICAL_PAGE_DAILY, day.page.org(), day.page.platform().folder, day.date, "page_daily.csv", List.of(t),
        Encoder.csv(CsvDialect.PLAIN));
  }
}
