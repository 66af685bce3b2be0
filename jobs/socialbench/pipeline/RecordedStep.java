package socialbench.pipeline;

import java.time.Instant;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.RunLedger;
import socialbench.runtime.Settings;

/**
 * Runs one {@link NightStep} and writes its {@code ops.runs} row (succeeded with the step's rows and
 * summary, or failed with the first line of the reason), unless the step records its own run. Used by
 * {@link StepRunner}, which every command runs its steps through.
 */
public final class RecordedStep {
  private RecordedStep() {}

  /** The step's outcome; a failure is recorded, then rethrown as it was. */
  public static NightStep.StepOutcome run(NightStep step, SparkSession spark, Settings settings, LocalDate date) {
    RunLedger ledger = new RunLedger(spark, settings);
    String runId = RunLedger.newRunId(step.name(), date);
    Instant started = Instant.now();
    NightStep.StepOutcome o;
    try {
      o = step.run(spark, settings, date, runId);
    } catch (RuntimeException e) {
      if (!step.recordsItsOwnRun()) {
        ledger.record(runId, step.name(), date, false, started, Instant.now(), 0, 0, Nightly.firstLine(e.getMessage()));
      }
      throw e;
    }
    if (!step.recordsItsOwnRun()) {
      ledger.record(runId, step.name(), date, true, started, Instant.now(), o.rowsIn(), o.rowsOut(), o.summary());
    }
    return o;
  }
}
