package socialbench.generate;

import java.nio.file.Path;
import java.time.LocalDate;

/** What to generate: where, how many organizations, which days, the seed and the rate of injected mess (0..1). */
public record GenerateSpec(Path inbox, int orgs, LocalDate start, int days, long seed, double dirtyRate) {
  public GenerateSpec {
    if (orgs < 1) throw new IllegalArgumentException("--orgs must be at least 1, got " + orgs);
    if (days < 1) throw new IllegalArgumentException("--days must be at least 1, got " + days);
    if (dirtyRate < 0 || dirtyRate > 1) throw new IllegalArgumentException("--dirty must be between 0 and 1, got " + dirtyRate);
  }

  /** Organizations for a scale factor of docs/design.md §11: SF1 = 250 organizations (about 1,000 pages). */
  public static int orgsForScale(double scale) {
    if (!(scale > 0)) throw new IllegalArgumentException("--scale must be positive, got " + scale);
    return Math.max(1, (int) Math.round(250 * scale));
  }
}
