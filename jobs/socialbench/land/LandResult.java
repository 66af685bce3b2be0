package socialbench.land;

import java.util.List;

/** What one land run did: its ledger rows and the number of rows it rejected. */
public record LandResult(String runId, List<LedgerEntry> files, long rowsRejected, int tablesWritten) {

  public long count(String status) {
    return files.stream().filter(f -> f.status().equals(status)).count();
  }

  public long rowsLanded() {
    return files.stream().mapToLong(LedgerEntry::rowsLanded).sum();
  }

  public long rowsRead() {
    return files.stream().mapToLong(LedgerEntry::rowsRead).sum();
  }

  public String summary(String date, double seconds) {
    return String.format(
        java.util.Locale.ROOT,
        "land %s: %d files (%d landed, %d skipped_duplicate, %d rejected), %d rows landed, %d rows rejected, %d tables written, %.1f s",
        date, files.size(), count(LedgerEntry.LANDED), count(LedgerEntry.SKIPPED_DUPLICATE),
        count(LedgerEntry.REJECTED), rowsLanded(), rowsRejected, tablesWritten, seconds);
  }
}
