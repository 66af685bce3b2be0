package socialbench.runtime;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * {@code ops.runs}: one row per finished job run (docs/design.md §5). Timings are wall-clock operational
 * metadata; no business table depends on them. A run killed before it finishes leaves no row, so
 * backfill treats that night as not done.
 */
public final class RunLedger {
  /** Columns, types and comments: sql/ops/runs.sql. */
  static final DeclaredTable RUNS = DeclaredTable.load("sql/ops/runs.sql");

  private final SparkSession spark;
  private final Settings settings;

  public RunLedger(SparkSession spark, Settings settings) {
    this.spark = spark;
    this.settings = settings;
  }

  public static String newRunId(String job, LocalDate date) {
    return job + "-" + date + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
  }

  public void record(String runId, String job, LocalDate date, boolean succeeded, Instant started, Instant finished,
      long rowsIn, long rowsOut, String message) {
    Row row = RowFactory.create(runId, job, Date.valueOf(date), succeeded ? "succeeded" : "failed",
        Timestamp.from(started), Timestamp.from(finished), rowsIn, rowsOut, message);
    TableWriter.of(spark, settings).appendFew(RUNS.spec(), RUNS.schema(), List.of(row));
  }

  /** True if a run of {@code job} for {@code date} has succeeded before. */
  public boolean succeeded(String job, LocalDate date) {
    if (!spark.catalog().tableExists("ops", "runs")) return false;
    return spark.sql("select 1 from ops.runs where job = :job and logical_date = :ds and status = 'succeeded' limit 1",
            Map.of("job", job, "ds", Date.valueOf(date)))
        .count() > 0;
  }
}
