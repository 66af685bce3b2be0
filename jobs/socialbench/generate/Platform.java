package socialbench.generate;

/**
 * The social platforms a page can live on, with the parameters of the synthetic audience: median
 * followers, posts per day and the engagement target of docs/design.md / issue 4.
 */
enum Platform {
  FACEBOOK("facebook", 9_000, 0.9, "per follower", 0.0006),
  INSTAGRAM("instagram", 5_000, 0.7, "per follower", 0.005),
  X("x", 8_000, 1.4, "per follower", 0.0003),
  LINKEDIN("linkedin", 6_000, 0.6, "per impression", 0.015),
  YOUTUBE("youtube", 3_000, 0.25, "views per impression", 0.045),
  TIKTOK("tiktok", 4_000, 0.5, "per view", 0.04);

  final String folder;
  final double medianFollowers;
  final double medianPostsPerDay;
  final String engagementBasis;
  final double engagementTarget;

  Platform(String folder, double medianFollowers, double medianPostsPerDay, String engagementBasis, double engagementTarget) {
    this.folder = folder;
    this.medianFollowers = medianFollowers;
    this.medianPostsPerDay = medianPostsPerDay;
    this.engagementBasis = engagementBasis;
    this.engagementTarget = engagementTarget;
  }
}
