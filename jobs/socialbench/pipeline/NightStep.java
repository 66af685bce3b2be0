package socialbench.pipeline;

import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.Settings;

/** One step of a night (land, model, bench, check): runs for a logical date and reports what it did. */
public interface NightStep {
  String name();

  /** True for a step that writes its own ops.runs row (landing does), so the night does not add a second. */
  default boolean recordsItsOwnRun() {
    return false;
  }

  StepOutcome run(SparkSession spark, Settings settings, LocalDate date, String runId);

  /** Rows read and written by a step, and a one-line summary. */
  record StepOutcome(long rowsIn, long rowsOut, String summary) {}
}
