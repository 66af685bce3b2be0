package socialbench.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * A page's follower count as a closed-form function of the date (so any day can be produced without
 * simulating the days before it), and the day's gains and losses that add up to the change.
 */
final class FollowerModel {
  /** The date a page's {@code followersAtReference} refers to. */
  static final LocalDate REFERENCE = LocalDate.of(2026, 1, 1);

  private final long seed;

  FollowerModel(long seed) {
    this.seed = seed;
  }

  /** Followers at the end of the date. */
  long followers(Page page, LocalDate date) {
    long t = ChronoUnit.DAYS.between(REFERENCE, date);
    double phase = (page.index() % 97) * 0.37;
    double wobble = 1.0 + 0.004 * Math.sin(t / 9.0 + phase) + 0.002 * Math.sin(t / 2.3 + phase * 3);
    return Math.max(10, (long) Math.floor(page.followersAtReference() * Math.exp(page.growthPerDay() * t) * wobble));
  }

  /** Followers lost during the date (unfollows). */
  long lost(Page page, LocalDate date) {
    long before = followers(page, date.minusDays(1));
    long after = followers(page, date);
    SplittableRandom r = Rand.of(seed, "churn", page.index(), date.toEpochDay());
    long churn = Rand.stochasticRound(r, before * page.churnPerDay() * Rand.logNormal(r, 1.0, 0.5));
    return Math.max(churn, before - after);
  }

  /** Followers gained during the date: the change plus what was lost. */
  long gained(Page page, LocalDate date) {
    return followers(page, date) - followers(page, date.minusDays(1)) + lost(page, date);
  }
}
