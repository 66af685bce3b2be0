package socialbench.maintain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long VACUUM keeps the superseded files of one table: at least {@code minimumHours}, and, when
 * readers are pinned to a published version older than the latest, long enough to keep every file that a
 * later commit removed — so that no file of the published version goes. A file's removal is stamped when
 * the removing commit is prepared, a little before that commit's timestamp; one hour of margin covers it.
 */
public record RetentionRule(long minimumHours) {
  static final long MARGIN_HOURS = 1;

  public RetentionRule {
    if (minimumHours < 0) throw new IllegalArgumentException("retention must be 0 hours or more, got " + minimumHours);
  }

  public static RetentionRule days(int days) {
    return new RetentionRule(days * 24L);
  }

  /**
   * Hours to retain at {@code now}, given the timestamp of the first commit after the published version
   * (empty when readers see the latest version: nothing they read has been removed).
   */
  public long hours(Optional<Instant> firstCommitAfterPublished, Instant now) {
    if (firstCommitAfterPublished.isEmpty()) return minimumHours;
    long seconds = Math.max(0, Duration.between(firstCommitAfterPublished.get(), now).toSeconds());
    // every started hour counts, and a commit of this very second has started its first one
    long startedHours = Math.max(1, (seconds + 3599) / 3600);
    long sincePublishedWasSuperseded = startedHours + MARGIN_HOURS;
    return Math.max(minimumHours, sincePublishedWasSuperseded);
  }
}
