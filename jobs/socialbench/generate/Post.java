package socialbench.generate;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * One post with its lifetime metrics at 28 days ({@code full}); a daily export shows them scaled by
 * the {@link GrowthCurve} at the export date. {@code durationSeconds} is 0 for non-video posts.
 */
record Post(
    Page page,
    LocalDate date,
    int seq,
    String id,
    ZonedDateTime publishedAt,
    PostType type,
    String message,
    String link,
    String permalink,
    int durationSeconds,
    long followersAtPublish,
    double[] full) {

  /** Age in days at an export date (0 = published that day). */
  int ageOn(LocalDate exportDate) {
    return (int) (exportDate.toEpochDay() - date.toEpochDay());
  }

  /** Lifetime metrics as exported at the end of the export date (page time zone). */
  long[] snapshot(LocalDate exportDate) {
    return snapshotAt(exportDate.plusDays(1).atStartOfDay(page.zone()).toEpochSecond());
  }

  /** Lifetime metrics at an instant (epoch seconds), e.g. the end of an export date computed once per page. */
  long[] snapshotAt(long end) {
    double g = GrowthCurve.share((end - publishedAt.toEpochSecond()) / 3600.0);
    long[] out = new long[Metric.COUNT];
    for (int m = 0; m < Metric.COUNT; m++) {
      out[m] = (long) Math.floor(full[m] * g + 1e-6);
    }
    return out;
  }
}
