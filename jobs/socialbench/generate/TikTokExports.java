package socialbench.generate;

import java.util.List;

/** TikTok Studio: the content export and the follower history. */
final class TikTokExports {
  private TikTokExports() {}

  static final String[] CONTENT_HEADER = {
    "Video title", "Video link", "Post time", "Total likes", "Total comments", "Total shares", "Total views", "Total play time",
    "Average watch time", "Watched full video (%)", "Reached audience", "New followers"
  };
  static final String[] FOLLOWERS_HEADER = {"Date", "Followers", "Difference in followers from previous day"};

  static Export content(PageDay day) {
    Table t = new Table("content", CONTENT_HEADER, "Total likes", "Total comments", "Total shares", "Total views", "Total play time",
        "Average watch time", "Watched full video (%)", "Reached audience", "New followers");
    for (int i = 0; i < day.posts.size(); i++) {
      Post p = day.posts.get(i);
      long[] m = day.metrics.get(i);
      long views = m[Metric.VIDEO_VIEWS];
      double avg = views == 0 ? 0 : (double) m[Metric.WATCH_SECONDS] / views;
      double full = p.durationSeconds() == 0 ? 0 : Math.min(100, 100 * avg / p.durationSeconds() * 0.6);
      t.row(p.message(), p.permalink(), Fmt.LOCAL_SECONDS.format(p.publishedAt()), Fmt.n(m[Metric.LIKES]), Fmt.n(m[Metric.COMMENTS]),
          Fmt.n(m[Metric.SHARES]), Fmt.n(views), Fmt.n(m[Metric.WATCH_SECONDS]), Fmt.fixed(avg, 2), Fmt.fixed(full, 1),
          Fmt.n(m[Metric.REACH]), Fmt.n(m[Metric.FOLLOWS]));
    }
    String name = "tiktok_content_" + Fmt.COMPACT_DATE.format(day.date.minusDays(PageDay.WINDOW_DAYS - 1)) + "_" + Fmt.COMPACT_DATE.format(day.date) + ".csv";
    return new Export(ExportFormat.TIKTOK_CONTENT, day.page.org(), "tiktok", day.date, name, List.of(t), Encoder.csv(CsvDialect.PLAIN));
  }

  static Export followers(PageDay day) {
    Table t = new Table("followers", FOLLOWERS_HEADER, "Followers", "Difference in followers from previous day");
    t.row(Fmt.ISO_DATE.format(day.date), Fmt.n(day.followers), Fmt.n(day.gained - day.lost));
    String name = "tiktok_follower_history_" + Fmt.COMPACT_DATE.format(day.date) + ".csv";
    return new Export(ExportFormat.TIKTOK_FOLLOWERS, day.page.org(), "tiktok", day.date, name, List.of(t), Encoder.csv(CsvDialect.PLAIN));
  }
}
