package socialbench.generate;

/**
 * The engagement figure each platform's target is stated in (see {@link Platform}), computed from
 * a post snapshot the way the warehouse computes it (docs/design.md §5: engagements = likes + comments +
 * shares + saves).
 */
final class EngagementRates {
  private EngagementRates() {}

  static double dayRate(Platform platform, Post post, long[] m) {
    long engagements = m[Metric.LIKES] + m[Metric.COMMENTS] + m[Metric.SHARES] + m[Metric.SAVES];
    return switch (platform) {
      case FACEBOOK, INSTAGRAM, X -> (double) engagements / post.followersAtPublish();
      case LINKEDIN -> (double) engagements / m[Metric.IMPRESSIONS];
      case YOUTUBE -> (double) m[Metric.VIDEO_VIEWS] / m[Metric.IMPRESSIONS];
      case TIKTOK -> (double) engagements / m[Metric.VIDEO_VIEWS];
    };
  }
}
