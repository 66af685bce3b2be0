package socialbench.pipeline;

import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.Settings;

/** Night step 3: benchmarks (issue #6). */
public final class BenchNightStep implements NightStep {
  @Override
  public String name() {
    return "bench";
  }

  @Override
  public StepOutcome run(SparkSession spark, Settings settings, LocalDate date, String runId) {
    return new StepOutcome(0, 0, "skipped: the bench stage is not built yet (issue #6)");
  }
}
