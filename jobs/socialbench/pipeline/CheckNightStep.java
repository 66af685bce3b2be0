package socialbench.pipeline;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import socialbench.quality.CheckResult;
import socialbench.quality.CheckStep;
import socialbench.runtime.Settings;

/** Night step 4: the quality checks; a blocking failure stops publication. */
public final class CheckNightStep implements NightStep {
  @Override
  public String name() {
    return "check";
  }

  @Override
  public StepOutcome run(SparkSession spark, Settings settings, LocalDate date, String runId) {
    List<CheckResult> results = new CheckStep(spark, settings).run(date, runId, System.err);
    long warn = results.stream().filter(r -> r.status().equals("warn")).count();
    return new StepOutcome(results.size(), results.size(), results.size() + " checks passed" + (warn > 0 ? ", " + warn + " warnings" : ""));
  }
}
