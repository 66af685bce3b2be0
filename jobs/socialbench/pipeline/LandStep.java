package socialbench.pipeline;

import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import socialbench.land.LandResult;
import socialbench.land.Lander;
import socialbench.runtime.Settings;

/** Night step 1: land the inbox files of the logical date into bronze. */
public final class LandStep implements NightStep {
  @Override
  public String name() {
    return "land";
  }

  @Override
  public boolean recordsItsOwnRun() {
    return true;
  }

  @Override
  public StepOutcome run(SparkSession spark, Settings settings, LocalDate date, String runId) {
    LandResult r = new Lander(spark, settings, System.err).land(date);
    return new StepOutcome(r.rowsRead(), r.rowsLanded(), r.summary(date.toString(), 0).replaceAll(", [0-9.]+ s$", ""));
  }
}
