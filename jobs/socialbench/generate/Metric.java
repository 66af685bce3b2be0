package socialbench.generate;

/** Indexes of a post's lifetime metrics; not every platform fills every metric. */
final class Metric {
  private Metric() {}

  static final int IMPRESSIONS = 0;
  static final int REACH = 1;
  static final int LIKES = 2;
  static final int COMMENTS = 3;
  static final int SHARES = 4;
  static final int SAVES = 5;
  /** Link clicks (url clicks on X). */
  static final int CLICKS = 6;
  static final int VIDEO_VIEWS = 7;
  static final int OTHER_CLICKS = 8;
  static final int PROFILE_CLICKS = 9;
  static final int DETAIL_EXPANDS = 10;
  static final int PERMALINK_CLICKS = 11;
  static final int HASHTAG_CLICKS = 12;
  static final int FOLLOWS = 13;
  static final int NEGATIVE = 14;
  static final int MEDIA_VIEWS = 15;
  static final int MEDIA_ENGAGEMENTS = 16;
  static final int PAID_REACH = 17;
  static final int PAID_IMPRESSIONS = 18;
  static final int WATCH_SECONDS = 19;
  static final int SUBSCRIBERS = 20;
  static final int COUNT = 21;
}
