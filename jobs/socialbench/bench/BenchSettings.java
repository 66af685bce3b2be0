package socialbench.bench;

import com.typesafe.config.Config;
import socialbench.runtime.Settings;

/**
 * The bench stage's settings: the minimum cohort size k ({@code socialbench.privacy.min-cohort-orgs},
 * never below 3, docs/design.md §7) and the audience-quality thresholds ({@code socialbench.bench.*}).
 */
public record BenchSettings(int minCohortOrgs, double hollowMinFollowerPercentile, double hollowMaxEngagementPercentile) {
  /** The smallest k socialbench accepts: a statistic over fewer organizations could expose one of them. */
  public static final int SMALLEST_ALLOWED_K = 3;

  public BenchSettings {
    if (minCohortOrgs < SMALLEST_ALLOWED_K) {
      throw new IllegalArgumentException("socialbench.privacy.min-cohort-orgs is " + minCohortOrgs
          + "; the minimum cohort size must be at least " + SMALLEST_ALLOWED_K + " organizations");
    }
  }

  public static BenchSettings from(Settings settings) {
    Config c = settings.config();
    return new BenchSettings(
        c.getInt("socialbench.privacy.min-cohort-orgs"),
        c.getDouble("socialbench.bench.hollow-min-follower-percentile"),
        c.getDouble("socialbench.bench.hollow-max-engagement-percentile"));
  }
}
