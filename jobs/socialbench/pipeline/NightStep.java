package socialbench.pipeline;

import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.Settings;

/**
 * One step of a night (land, model, bench, check, or maintain on its own): runs for a logical date and
 * reports what it did. Every command runs steps through {@link StepRunner}, so a step is locked, recorded
 * in {@code ops.runs} and reported the same way whether it runs in a night or on its own.
 */
public interface NightStep {
  String name();

  /** True for a step that writes its own ops.runs row (landing does), so the runner does not add a second. */
  default boolean recordsItsOwnRun() {
    return false;
  }

  /**
   * Checks the settings the step needs before the warehouse is locked and Spark starts; throws
   * {@link IllegalArgumentException} or {@link IllegalStateException} with a one-line reason.
   */
  default void checkSettings(Settings settings) {}

  StepOutcome run(SparkSession spark, Settings settings, LocalDate date, String runId);

  /**
   * Rows read and written by a step, a one-line summary (progress and {@code ops.runs}), and the report a
   * command running this step on its own prints on stdout (null: {@code "<step> <date>: <summary>"}).
   */
  record StepOutcome(long rowsIn, long rowsOut, String summary, String report) {
    public StepOutcome(long rowsIn, long rowsOut, String summary) {
      this(rowsIn, rowsOut, summary, null);
    }
  }
}
