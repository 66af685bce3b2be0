package socialbench.pipeline;

import java.time.LocalDate;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import socialbench.model.ModelRunner;
import socialbench.runtime.Settings;

/** Night step 2: the star schema for what the night's landing touched (or everything, with {@code full}). */
public final class ModelNightStep implements NightStep {
  private final boolean full;

  public ModelNightStep(boolean full) {
    this.full = full;
  }

  @Override
  public String name() {
    return "model";
  }

  @Override
  public StepOutcome run(SparkSession spark, Settings settings, LocalDate date, String runId) {
    Map<String, Long> written = new ModelRunner(spark, settings, System.err).run(date, full);
    long rows = written.values().stream().mapToLong(Long::longValue).sum();
    return new StepOutcome(0, rows, written.size() + " tables written, " + rows + " rows");
  }
}
