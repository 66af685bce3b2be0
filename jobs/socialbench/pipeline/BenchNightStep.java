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

  @Override
  public StepOutcome run(SparkSession spark, Settings settings, LocalDate date, String runId) {
    BenchStage.BenchResult r = new BenchStage(spark, TableWriter.of(spark, settings), BenchSettings.from(settings)).withProgress(System.err)
        .withParallelism(settings.config().getInt("socialbench.bench.parallel-models")).run(date);
    long rows = r.rowsPerTable().values().stream().mapToLong(Long::longValue).sum();
    return new StepOutcome(0, rows, "months " + r.months() + ", " + rows + " rows");
  }
}
