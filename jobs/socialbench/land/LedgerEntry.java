package socialbench.land;

import java.time.LocalDate;

/**
 * One row of {@code ops.landed_files}.
 *
 * @param series the series title for formats that carry one (meta_daily_series), else null
 * @param replacedSha256 the file whose rows this one replaced; only in ledger rows written before landing
 *     stopped replacing whole files (every export now lands, docs/design.md §8), NULL since
 */
public record LedgerEntry(
    String runId,
    String path,
    String sha256,
    String orgId,
    String platform,
    LocalDate exportDate,
    String format,
    String series,
    long rowsRead,
    long rowsLanded,
    long rowsRejected,
    String status,
    String reason,
    String replacedSha256) {

  public static final String LANDED = "landed";
  /** Status of ledger rows written before every export landed; still counted as landed. */
  public static final String REPLACED = "replaced";
  public static final String SKIPPED_DUPLICATE = "skipped_duplicate";
  public static final String REJECTED = "rejected";

  boolean isLanded() {
    return LANDED.equals(status) || REPLACED.equals(status);
  }
}
