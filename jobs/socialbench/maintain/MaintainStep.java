package socialbench.maintain;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import socialbench.model.ModelManifest;
import socialbench.pipeline.NightStep;
import socialbench.runtime.Settings;
import socialbench.runtime.Warehouse;

/**
 * Table maintenance as a step with an {@code ops.runs} row: prints one line per table to {@code out} and
 * returns the totals as its summary. The logical date only names the run; the retention is measured on
 * the clock, as Delta's VACUUM measures it.
 */
public final class MaintainStep implements NightStep {
  private final int retainDays;
  private final long rowsPerFile;
  private final boolean all;
  private final PrintStream out;
  private List<TableMaintained> tables = List.of();

  /** {@code rowsPerFile}: {@code socialbench.maintain.rows-per-file}, checked by the caller to be at least 1. */
  public MaintainStep(int retainDays, long rowsPerFile, boolean all, PrintStream out) {
    this.retainDays = retainDays;
    this.rowsPerFile = rowsPerFile;
    this.all = all;
    this.out = out;
  }

  @Override
  public String name() {
    return Maintenance.JOB;
  }

  @Override
  public StepOutcome run(SparkSession spark, Settings settings, LocalDate date, String runId) {
    long t0 = System.nanoTime();
    long minFiles = settings.config().getLong("socialbench.maintain.min-files-to-compact");
    tables = new Maintenance(spark, Warehouse.of(settings), RetentionRule.days(retainDays), minFiles, rowsPerFile, Clock.systemUTC(),
        Maintenance.monthColumns(ModelManifest.load())).run(all);
    for (TableMaintained t : tables) out.println(t.summary());
    String totals = totals(tables);
    return new StepOutcome(0, 0, totals,
        String.format(java.util.Locale.ROOT, "maintain %s: %s in %.1f s", date, totals, (System.nanoTime() - t0) / 1e9));
  }

  /** What the last run did, table by table. */
  public List<TableMaintained> tables() {
    return tables;
  }

  static String totals(List<TableMaintained> tables) {
    long before = 0, after = 0, bytesBefore = 0, bytesAfter = 0, compacted = 0, into = 0, removed = 0;
    for (TableMaintained t : tables) {
      before += t.before().files();
      after += t.after().files();
      bytesBefore += t.before().bytes();
      bytesAfter += t.after().bytes();
      compacted += t.compactedFiles();
      into += t.compactedInto();
      removed += t.removedFiles();
    }
    return tables.size() + " tables, " + before + " -> " + after + " files (" + DataFiles.size(bytesBefore) + " -> "
        + DataFiles.size(bytesAfter) + "), compacted " + compacted + " into " + into + ", removed " + removed + " superseded files";
  }
}
