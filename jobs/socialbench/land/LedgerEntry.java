package socialbench.land;

import java.time.LocalDate;

/**
 * One row of {@code ops.landed_files}.
 *
 * @param series the series title for formats that carry one (meta_daily_series), else null; part of the
 *     replacement key (org, platform, export_date, format, series)
 * @param replacedSha256 the file whose rows this one replaced (status replaced)
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
  public static final String REPLACED = "replaced";
  public static final String SKIPPED_DUPLICATE = "skipped_duplicate";
  public static final String REJECTED = "rejected";

  boolean isLanded() {
    return LANDED.equals(status) || REPLACED.equals(status);
  }

  /** What a corrected re-export must share with this file to replace it. */
  String replacementKey() {
    return orgId + "|" + platform + "|" + exportDate + "|" + format + "|" + (series == null ? "" : series);
  }
}
