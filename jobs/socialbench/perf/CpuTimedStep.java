package socialbench.perf;

import java.time.LocalDate;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import socialbench.pipeline.NightStep;
import socialbench.runtime.Settings;

/**
 * Runs a night step unchanged and notes the JVM's CPU time and the load average around it (ops.runs has
 * the wall time and rows; CPU time shows how much of the wall time was this process on a shared machine).
 */
final class CpuTimedStep implements NightStep {
  private final NightStep step;
  private final Map<String, Usage> usage;

  /** CPU seconds of the JVM during a step and the one-minute load average when it ended. */
  record Usage(double cpuSeconds, double loadAverage) {}

  CpuTimedStep(NightStep step, Map<String, Usage> usage) {
    this.step = step;
    this.usage = usage;
  }

  @Override
  public String name() {
    return step.name();
  }

  @Override
  public boolean recordsItsOwnRun() {
    return step.recordsItsOwnRun();
  }

  @Override
  public void checkSettings(Settings settings) {
    step.checkSettings(settings);
  }

  @Override
  public StepOutcome run(SparkSession spark, Settings settings, LocalDate date, String runId) {
    long cpu0 = Machine.processCpuNanos();
    try {
      return step.run(spark, settings, date, runId);
    } finally {
      usage.put(step.name(), new Usage((Machine.processCpuNanos() - cpu0) / 1e9, Machine.loadAverage()));
    }
  }
}
