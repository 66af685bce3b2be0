package socialbench.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import socialbench.land.HashSalt;
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

  /** No run with the placeholder salt, and none without an inbox. */
  @Override
  public void checkSettings(Settings settings) {
    HashSalt.require(settings.config());
    if (!Files.isDirectory(Path.of(settings.inbox()))) throw new IllegalArgumentException("inbox not found: " + settings.inbox());
  }

  @Override
  public StepOutcome run(SparkSession spark, Settings settings, LocalDate date, String runId) {
    long t0 = System.nanoTime();
    LandResult r = new Lander(spark, settings, System.err).land(date);
    return new StepOutcome(r.rowsRead(), r.rowsLanded(), r.summary(date.toString(), 0).replaceAll(", [0-9.]+ s$", ""),
        r.summary(date.toString(), (System.nanoTime() - t0) / 1e9));
  }
}
