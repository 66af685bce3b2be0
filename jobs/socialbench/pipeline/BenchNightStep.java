package socialbench.pipeline;

import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import socialbench.bench.BenchSettings;
import socialbench.bench.BenchStage;
import socialbench.runtime.Settings;
import socialbench.runtime.TableWriter;

/** Night step 3: KPIs, cohorts and ranks for the months the night touched. */
public final class BenchNightStep implements NightStep {
  @Override
  public String name() {
    return "bench";
  }

  /** The minimum cohort size k and the other bench settings (BenchSettings refuses k below 3). */
  @Override
  public void checkSettings(Settings settings) {
    BenchSettings.from(settings);
  }

  @Override
  public StepOutcome run(SparkSession spark, Settings settings, LocalDate date, String runId) {
    BenchSettings bench = BenchSettings.from(settings);
    BenchStage.BenchResult r = new BenchStage(spark, TableWriter.of(spark, settings), bench).withProgress(System.err)
        .withParallelism(settings.config().getInt("socialbench.bench.parallel-models")).run(date);
    long rows = r.rowsPerTable().values().stream().mapToLong(Long::longValue).sum();
    StringBuilder report = new StringBuilder("bench " + date + ": months " + r.months() + " (k = " + bench.minCohortOrgs() + ")");
    r.rowsPerTable().forEach((table, n) -> report.append("\n  ").append(table).append(": ").append(n).append(" rows"));
    return new StepOutcome(0, rows, "months " + r.months() + ", " + rows + " rows", report.toString());
  }
}
