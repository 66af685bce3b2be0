package socialbench.perf;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Reads what ops.runs recorded for the steps of one night (the last successful run of each job). */
final class RunsReader {
  static final List<String> STAGES = List.of("land", "model", "bench", "check");

  private static final String LAST_RUNS =
      "select job, started_at, finished_at, rows_in, rows_out from ("
          + " select *, row_number() over (partition by job order by finished_at desc) as n"
          + " from %s where logical_date = :ds and status = 'succeeded') where n = 1";

  private final SparkSession spark;
  private final String runs;

  /** Reads the session's {@code ops.runs}. */
  RunsReader(SparkSession spark) {
    this(spark, "ops.runs");
  }

  /** Reads {@code runs}, a table reference such as {@code delta.`/path/ops.db/runs`} (another warehouse's ledger). */
  RunsReader(SparkSession spark, String runs) {
    this.spark = spark;
    this.runs = runs;
  }

  private Map<String, Row> lastRuns(LocalDate date) {
    Map<String, Row> byJob = new java.util.HashMap<>();
    for (Row r : spark.sql(String.format(LAST_RUNS, runs), Map.of("ds", java.sql.Date.valueOf(date))).collectAsList()) {
      byJob.put(r.getString(0), r);
    }
    return byJob;
  }

  /** The seconds of the steps land, model, bench, check of night {@code date}, in that order. */
  Map<String, Double> stepSeconds(LocalDate date) {
    Map<String, Row> byJob = lastRuns(date);
    Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (String stage : STAGES) {
      Row r = byJob.get(stage);
      if (r == null) throw new IllegalStateException(runs + " has no successful " + stage + " run for " + date);
      out.put(stage, seconds(r));
    }
    return out;
  }

  /** The stages land, model, bench, check in order, then the whole night as stage "night". */
  List<StageFigure> night(LocalDate date, Map<String, CpuTimedStep.Usage> usage) {
    Map<String, Row> byJob = lastRuns(date);
    List<StageFigure> out = new ArrayList<>();
    double cpu = 0;
    SparkWork.Counts work = SparkWork.Counts.NONE;
    for (String stage : STAGES) {
      Row r = byJob.get(stage);
      if (r == null) throw new IllegalStateException("ops.runs has no successful " + stage + " run for " + date);
      CpuTimedStep.Usage u = usage.getOrDefault(stage, new CpuTimedStep.Usage(-1, -1, SparkWork.Counts.NONE));
      cpu += u.cpuSeconds();
      work = work.plus(u.work());
      out.add(new StageFigure(stage, seconds(r), u.cpuSeconds(), u.loadAverage(), r.getLong(3), r.getLong(4),
          u.work().sqlStatements(), u.work().sqlExecutions(), u.work().sparkJobs(), u.work().deltaCommits()));
    }
    Row n = byJob.get("nightly");
    if (n == null) throw new IllegalStateException("ops.runs has no successful nightly run for " + date);
    // the night's own ops.runs row is one more commit, after the last step
    out.add(new StageFigure("night", seconds(n), cpu, Machine.loadAverage(), n.getLong(3), n.getLong(4),
        work.sqlStatements(), work.sqlExecutions(), work.sparkJobs(), work.deltaCommits()));
    return out;
  }

  private static double seconds(Row r) {
    Timestamp start = r.getTimestamp(1);
    Timestamp end = r.getTimestamp(2);
    return (end.getTime() - start.getTime()) / 1000.0;
  }
}
