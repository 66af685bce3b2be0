package socialbench.perf;

import java.time.LocalDate;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import socialbench.pipeline.NightStep;
import socialbench.runtime.Settings;

/**
 * Runs a night step unchanged and notes the JVM's CPU time, the load average and the Spark work
 * ({@link SparkWork}: SQL executions, Spark jobs, Delta commits) around it (ops.runs has the wall time and
 * rows; CPU time shows how much of the wall time was this process on a shared machine).
 */
final class CpuTimedStep implements NightStep {
  private final NightStep step;
  private final Map<String, Usage> usage;
  private final SparkWork work;

  /** CPU seconds of the JVM during a step, the one-minute load average when it ended, and its Spark work. */
  record Usage(double cpuSeconds, double loadAverage, SparkWork.Counts work) {}

  CpuTimedStep(NightStep step, Map<String, Usage> usage, SparkWork work) {
    this.step = step;
    this.usage = usage;
    this.work = work;
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
    SparkWork.Counts before = work.now();
    long cpu0 = Machine.processCpuNanos();
    try {
      return step.run(spark, settings, date, runId);
    } finally {
      double cpu = (Machine.processCpuNanos() - cpu0) / 1e9;
      usage.put(step.name(), new Usage(cpu, Machine.loadAverage(), work.now().minus(before)));
    }
  }
}
