package socialbench.pipeline;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import socialbench.quality.CheckResult;
import socialbench.quality.CheckStep;
import socialbench.runtime.Settings;

/** Night step 4: the quality checks; a blocking failure stops publication. */
public final class CheckNightStep implements NightStep {
  private final PrintStream out;

  /** {@code out} gets the table of results (stderr in a night, stdout for {@code check} on its own). */
  public CheckNightStep(PrintStream out) {
    this.out = out;
  }

  @Override
  public String name() {
    return "check";
  }

  @Override
  public StepOutcome run(SparkSession spark, Settings settings, LocalDate date, String runId) {
    List<CheckResult> results = new CheckStep(spark, settings).run(date, runId, out);
    long warn = results.stream().filter(r -> r.status() == socialbench.quality.CheckStatus.WARN).count();
    return new StepOutcome(results.size(), results.size(), results.size() + " checks passed" + (warn > 0 ? ", " + warn + " warnings" : ""));
  }
}
