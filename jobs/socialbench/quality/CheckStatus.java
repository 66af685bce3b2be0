package socialbench.quality;

import java.util.Locale;

/**
 * The outcome of one check: {@code pass}; {@code fail} (a blocking check found rows, publication stops);
 * {@code warn} (a non-blocking one did); {@code skipped} (its table does not exist yet). Written in
 * ops.quality_results by its lower-case name.
 */
public enum CheckStatus {
  PASS, FAIL, WARN, SKIPPED;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
