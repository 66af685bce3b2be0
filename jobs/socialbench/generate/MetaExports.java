package socialbench.generate;

import java.util.List;

/**
 * Facebook and Instagram: the legacy Page Insights post-level export (as the sample: BOM, CRLF,
 * description row), the Meta Business Suite content exports and the MBS daily series
 * (UTF-16LE, {@code sep=,}, title line).
 */
final class MetaExports {
  private MetaExports() {}

  static final String[] INSIGHTS_HEADER = {
    "Post ID", "Permalink", "Post Message", "Type", "Countries", "Languages", "Posted", "Audience Targeting",
    "Lifetime Post Total Reach", "Lifetime Post organic reach", "Lifetime Post Paid Reach", "Lifetime Post Total Impressions",
    "Lifetime Post Organic Impressions", "Lifetime Post Paid Impressions", "Lifetime Engaged Users", "Lifetime Post Consumers",
    "Lifetime Post Consumptions", "Lifetime Negative feedback", "Lifetime Negative Feedback from Users",
    "Lifetime Talking About This (Post) by action type - comment", "Lifetime Talking About This (Post) by action type - like",
    "Lifetime Talking About This (Post) by action type - share", "Lifetime Post Stories by action type - comment",
    "Lifetime Post Stories by action type - like", "Lifetime Post Stories by action type - share",
    "Lifetime Post consumers by type - link clicks", "Lifetime Post Consumptions by type - link clicks"
  };

  static final String[] INSIGHTS_DESCRIPTIONS = {
    "", "", "", "", "", "", "", "",
    "Lifetime: The number of people who had your Page's post enter their screen. (Unique Users)",
    "Lifetime: The number of people who had your Page's post enter their screen through unpaid distribution. (Unique Users)",
    "Lifetime: The number of people who had your Page's post enter their screen through paid distribution. (Unique Users)",
    "Lifetime: The number of times your Page's post entered a person's screen. (Total Count)",
    "Lifetime: The number of times your Page's posts entered a person's screen through unpaid distribution. (Total Count)",
    "Lifetime: The number of times your Page's post entered a person's screen through paid distribution. (Total Count)",
    "Lifetime: The number of unique people who engaged in certain ways with your Page post, for example by commenting on, liking, sharing, or clicking upon particular elements of the post. (Unique Users)",
    "Lifetime: The number of people who clicked anywhere in your posts. (Unique Users)",
    "Lifetime: The number of clicks anywhere in your post. (Total Count)",
    "Lifetime: The number of times people have given negative feedback to your post. (Total Count)",
    "Lifetime: The number of people who have given negative feedback to your post. (Unique Users)",
    "Lifetime: The number of unique people who created a story about your Page post by interacting with it. (Unique Users)",
    "", "",
    "Lifetime: The number of stories created about your Page post. (Total Count)",
    "", "",
    "Lifetime: The number of people who clicked anywhere in your post. (Unique Users)",
    "Lifetime: The number of clicks anywhere in your post. (Total Count)"
  };

  static final String[] FB_CONTENT_HEADER = {
    "Post ID", "Page ID", "Page name", "Title", "Description", "Duration (sec)", "Publish time", "Caption type", "Permalink",
    "Is crosspost", "Is share", "Post type", "Languages", "Custom labels", "Funded content status", "Data comment", "Date",
    "Views", "Reach", "Reactions, Comments and Shares", "Reactions", "Comments", "Shares", "Total clicks", "Link clicks",
    "Other Clicks", "Seconds viewed", "Average Seconds viewed"
  };

  static final String[] IG_CONTENT_HEADER = {
    "Post ID", "Account ID", "Account username", "Account name", "Description", "Duration (sec)", "Publish time", "Permalink",
    "Post type", "Data comment", "Date", "Views", "Reach", "Likes", "Shares", "Follows", "Comments", "Saves"
  };

  static final String[] SERIES_HEADER = {"Date", "Primary"};

  static Export insightsPosts(PageDay day) {
    String[] metrics = java.util.Arrays.copyOfRange(INSIGHTS_HEADER, 8, INSIGHTS_HEADER.length);
    Table t = new Table("posts", INSIGHTS_HEADER, metrics);
    t.headerRows.add(INSIGHTS_DESCRIPTIONS.clone());
    for (int i = 0; i < day.posts.size(); i++) {
      Post p = day.posts.get(i);
      long[] m = day.metrics.get(i);
      long reach = m[Metric.REACH];
      long paidReach = Math.min(m[Metric.PAID_REACH], reach);
      long impressions = m[Metric.IMPRESSIONS];
      long paidImpressions = Math.min(m[Metric.PAID_IMPRESSIONS], impressions);
      long consumptions = m[Metric.CLICKS] + m[Metric.OTHER_CLICKS];
      long engaged = Math.min(reach, (long) Math.floor((m[Metric.LIKES] + m[Metric.COMMENTS] + m[Metric.SHARES] + consumptions) * 0.9));
      t.row(
          p.id(), p.permalink(), p.message(), legacyType(p.type()), "", "",
          Fmt.FB_POSTED.format(p.publishedAt()), "",
          Fmt.n(reach), Fmt.n(reach - paidReach), Fmt.n(paidReach),
          Fmt.n(impressions), Fmt.n(impressions - paidImpressions), Fmt.n(paidImpressions),
          Fmt.n(engaged), Fmt.n((long) Math.floor(consumptions * 0.9)), Fmt.n(consumptions),
          Fmt.n(m[Metric.NEGATIVE]), Fmt.n((long) Math.floor(m[Metric.NEGATIVE] * 0.9)),
          Fmt.n((long) Math.floor(m[Metric.COMMENTS] * 0.9)), Fmt.n((long) Math.floor(m[Metric.LIKES] * 0.95)),
          Fmt.n((long) Math.floor(m[Metric.SHARES] * 0.95)),
          Fmt.n(m[Metric.COMMENTS]), Fmt.n(m[Metric.LIKES]), Fmt.n(m[Metric.SHARES]),
          Fmt.n((long) Math.floor(m[Metric.CLICKS] * 0.92)), Fmt.n(m[Metric.CLICKS]));
    }
    String name = "Facebook Insights Data Export (Post Level) - " + day.page.nameOn(day.date) + " - " + day.date + ".csv";
    return new Export(ExportFormat.FACEBOOK_INSIGHTS_POSTS, day.page.org(), "facebook", day.date, name, List.of(t), Encoder.csv(CsvDialect.EXCEL_UTF8));
  }

  static Export facebookContent(PageDay day) {
    Table t = new Table("content", FB_CONTENT_HEADER, "Duration (sec)", "Views", "Reach", "Reactions, Comments and Shares", "Reactions",
        "Comments", "Shares", "Total clicks", "Link clicks", "Other Clicks", "Seconds viewed", "Average Seconds viewed");
    for (int i = 0; i < day.posts.size(); i++) {
      Post p = day.posts.get(i);
      long[] m = day.metrics.get(i);
      long rcs = m[Metric.LIKES] + m[Metric.COMMENTS] + m[Metric.SHARES];
      long seconds = p.type().isVideo() ? (long) Math.floor(m[Metric.VIDEO_VIEWS] * p.durationSeconds() * 0.3) : 0;
      String postNumber = p.id().substring(p.id().indexOf('_') + 1);
      t.row(
          postNumber, day.page.pageId(), day.page.nameOn(day.date), "", p.message(), Integer.toString(p.durationSeconds()),
          Fmt.MBS_PUBLISH.format(p.publishedAt()), "", p.permalink(), "No", "No", mbsType(p.type()), "", "",
          m[Metric.PAID_REACH] > 0 ? "Boosted" : "", "", "Lifetime",
          Fmt.n(m[Metric.IMPRESSIONS]), Fmt.n(m[Metric.REACH]), Fmt.n(rcs), Fmt.n(m[Metric.LIKES]), Fmt.n(m[Metric.COMMENTS]),
          Fmt.n(m[Metric.SHARES]), Fmt.n(m[Metric.CLICKS] + m[Metric.OTHER_CLICKS]), Fmt.n(m[Metric.CLICKS]), Fmt.n(m[Metric.OTHER_CLICKS]),
          p.type().isVideo() ? Fmt.n(seconds) : "",
          p.type().isVideo() ? (m[Metric.VIDEO_VIEWS] == 0 ? "0" : Fmt.n(seconds / m[Metric.VIDEO_VIEWS])) : "");
    }
    return new Export(ExportFormat.FACEBOOK_MBS_CONTENT, day.page.org(), "facebook", day.date, contentFileName(day), List.of(t), Encoder.csv(CsvDialect.PLAIN));
  }

  static Export instagramContent(PageDay day) {
    Table t = new Table("content", IG_CONTENT_HEADER, "Duration (sec)", "Views", "Reach", "Likes", "Shares", "Follows", "Comments", "Saves");
    String username = day.page.handle();
    for (int i = 0; i < day.posts.size(); i++) {
      Post p = day.posts.get(i);
      long[] m = day.metrics.get(i);
      t.row(
          p.id(), day.page.pageId(), username, day.page.nameOn(day.date), p.message(), Integer.toString(p.durationSeconds()),
          Fmt.MBS_PUBLISH.format(p.publishedAt()), p.permalink(), igType(p.type()), "", "Lifetime",
          Fmt.n(m[Metric.IMPRESSIONS]), Fmt.n(m[Metric.REACH]), Fmt.n(m[Metric.LIKES]), Fmt.n(m[Metric.SHARES]),
          Fmt.n(m[Metric.FOLLOWS]), Fmt.n(m[Metric.COMMENTS]), Fmt.n(m[Metric.SAVES]));
    }
    return new Export(ExportFormat.INSTAGRAM_MBS_CONTENT, day.page.org(), "instagram", day.date, contentFileName(day), List.of(t), Encoder.csv(CsvDialect.PLAIN));
  }

  /** A daily series file ("Facebook follows", "Instagram unfollows"…) with the value for the export date. */
  static Export dailySeries(PageDay day, String title, long value) {
    Table t = new Table(title, SERIES_HEADER, "Primary");
    t.preamble.add("sep=,");
    t.preamble.add("\"" + title + "\"");
    t.row(Fmt.SERIES_DATE.format(day.date), Fmt.n(value));
    return new Export(ExportFormat.META_DAILY_SERIES, day.page.org(), day.page.platform().folder, day.date, title + ".csv", List.of(t),
        Encoder.csv(CsvDialect.UTF16_QUOTE_ALL));
  }

  private static String contentFileName(PageDay day) {
    return Fmt.MBS_FILE.format(day.date.minusDays(PageDay.WINDOW_DAYS - 1)) + "_" + Fmt.MBS_FILE.format(day.date) + "_content.csv";
  }

  static String legacyType(PostType type) {
    return switch (type) {
      case LINK -> "Link";
      case PHOTO, CAROUSEL -> "Photo";
      case VIDEO, REEL -> "Video";
      case TEXT -> "Status";
    };
  }

  static String mbsType(PostType type) {
    return switch (type) {
      case LINK -> "Links";
      case PHOTO, CAROUSEL -> "Photos";
      case VIDEO -> "Videos";
      case REEL -> "Reels";
      case TEXT -> "Text";
    };
  }

  static String igType(PostType type) {
    return switch (type) {
      case REEL, VIDEO -> "IG reel";
      case CAROUSEL -> "IG carousel";
      default -> "IG image";
    };
  }
}
