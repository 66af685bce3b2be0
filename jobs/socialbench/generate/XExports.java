package socialbench.generate;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** X (Twitter) analytics: the tweet activity export (40 columns, as the sample) and the account daily export. */
final class XExports {
  private XExports() {}

  static final String[] TWEET_HEADER = {
    "Tweet id", "Tweet permalink", "Tweet text", "time", "impressions", "engagements", "engagement rate", "retweets", "replies",
    "likes", "user profile clicks", "url clicks", "hashtag clicks", "detail expands", "permalink clicks", "app opens",
    "app installs", "follows", "email tweet", "dial phone", "media views", "media engagements", "promoted impressions",
    "promoted engagements", "promoted engagement rate", "promoted retweets", "promoted replies", "promoted likes",
    "promoted user profile clicks", "promoted url clicks", "promoted hashtag clicks", "promoted detail expands",
    "promoted permalink clicks", "promoted app opens", "promoted app installs", "promoted follows", "promoted email tweet",
    "promoted dial phone", "promoted media views", "promoted media engagements"
  };

  static final String[] DAILY_HEADER;

  static {
    List<String> h = new ArrayList<>();
    h.add("Date");
    h.add("Tweets published");
    for (int i = 4; i < TWEET_HEADER.length; i++) h.add(TWEET_HEADER[i]);
    DAILY_HEADER = h.toArray(String[]::new);
  }

  static Export tweetActivity(PageDay day) {
    Table t = new Table("tweets", TWEET_HEADER, metricNames(TWEET_HEADER, 4));
    for (int i = 0; i < day.posts.size(); i++) {
      Post p = day.posts.get(i);
      long[] m = day.metrics.get(i);
      String[] row = new String[TWEET_HEADER.length];
      row[0] = p.id();
      row[1] = p.permalink();
      row[2] = p.message();
      row[3] = Fmt.X_TIME.format(p.publishedAt().withZoneSameInstant(ZoneOffset.UTC)) + " +0000";
      fillMetrics(row, 4, m);
      t.row(row);
    }
    String name = "tweet_activity_metrics_" + day.handleWithoutAt() + "_" + Fmt.COMPACT_DATE.format(day.date.minusDays(PageDay.WINDOW_DAYS - 1))
        + "_" + Fmt.COMPACT_DATE.format(day.date.plusDays(1)) + "_en.csv";
    return new Export(ExportFormat.X_TWEET_ACTIVITY, day.page.org(), "x", day.date, name, List.of(t), Encoder.csv(CsvDialect.QUOTE_ALL));
  }

  static Export accountDaily(PageDay day) {
    Table t = new Table("daily", DAILY_HEADER, metricNames(DAILY_HEADER, 1));
    long[] inc = new long[Metric.COUNT];
    for (int m = 0; m < Metric.COUNT; m++) inc[m] = day.dailyIncrement(m);
    String[] row = new String[DAILY_HEADER.length];
    row[0] = Fmt.ISO_DATE.format(day.date);
    row[1] = Long.toString(day.postsPublishedToday());
    fillMetrics(row, 2, inc);
    t.row(row);
    String name = "daily_tweet_activity_metrics_" + day.handleWithoutAt() + "_" + Fmt.COMPACT_DATE.format(day.date) + "_"
        + Fmt.COMPACT_DATE.format(day.date.plusDays(1)) + "_en.csv";
    return new Export(ExportFormat.X_ACCOUNT_DAILY, day.page.org(), "x", day.date, name, List.of(t), Encoder.csv(CsvDialect.QUOTE_ALL));
  }

  /** X's own engagements: every interaction including clicks and media engagements. */
  static long platformEngagements(long[] m) {
    return m[Metric.SHARES] + m[Metric.COMMENTS] + m[Metric.LIKES] + m[Metric.PROFILE_CLICKS] + m[Metric.CLICKS]
        + m[Metric.HASHTAG_CLICKS] + m[Metric.DETAIL_EXPANDS] + m[Metric.PERMALINK_CLICKS] + m[Metric.FOLLOWS] + m[Metric.MEDIA_ENGAGEMENTS];
  }

  private static void fillMetrics(String[] row, int at, long[] m) {
    long engagements = platformEngagements(m);
    row[at] = Fmt.dotZero(m[Metric.IMPRESSIONS]);
    row[at + 1] = Fmt.dotZero(engagements);
    row[at + 2] = m[Metric.IMPRESSIONS] == 0 ? "0.0" : Fmt.ratio((double) engagements / m[Metric.IMPRESSIONS]);
    row[at + 3] = Fmt.dotZero(m[Metric.SHARES]);
    row[at + 4] = Fmt.dotZero(m[Metric.COMMENTS]);
    row[at + 5] = Fmt.dotZero(m[Metric.LIKES]);
    row[at + 6] = Fmt.dotZero(m[Metric.PROFILE_CLICKS]);
    row[at + 7] = Fmt.dotZero(m[Metric.CLICKS]);
    row[at + 8] = Fmt.dotZero(m[Metric.HASHTAG_CLICKS]);
    row[at + 9] = Fmt.dotZero(m[Metric.DETAIL_EXPANDS]);
    row[at + 10] = Fmt.dotZero(m[Metric.PERMALINK_CLICKS]);
    row[at + 11] = "0";
    row[at + 12] = "0";
    row[at + 13] = Fmt.n(m[Metric.FOLLOWS]);
    row[at + 14] = "0";
    row[at + 15] = "0";
    row[at + 16] = Fmt.n(m[Metric.MEDIA_VIEWS]);
    row[at + 17] = Fmt.n(m[Metric.MEDIA_ENGAGEMENTS]);
    for (int i = at + 18; i < row.length; i++) row[i] = "-";
  }

  private static String[] metricNames(String[] header, int from) {
    String[] out = new String[header.length - from];
    System.arraycopy(header, from, out, 0, out.length);
    return out;
  }
}
