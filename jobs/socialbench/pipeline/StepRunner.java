package socialbench.pipeline;

import java.io.PrintStream;
import java.time.LocalDate;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.Settings;
import socialbench.runtime.Stopwatch;

/**
 * Runs a step for a logical date the one way every command does ({@code nightly}, {@code backfill},
 * {@code demo}, {@code perf} and each single-step command): a progress line before and after, one
 * {@code ops.runs} row ({@link RecordedStep}: succeeded with the step's rows and summary, or failed with
 * the first line of the reason), and any failure turned into {@link StepFailed}, whose reason is exactly
 * the message recorded.
 */
public final class StepRunner {
  private final SparkSession spark;
  private final Settings settings;
  private final String label;
  private final PrintStream progress;

  /** {@code label} prefixes the progress lines: {@code nightly}, or the step's own name when it runs alone. */
  public StepRunner(SparkSession spark, Settings settings, String label, PrintStream progress) {
    this.spark = spark;
    this.settings = settings;
    this.label = label;
    this.progress = progress;
  }

  /** Checks the settings of each step ({@link NightStep#checkSettings}), before the warehouse is locked. */
  public static void checkSettings(Settings settings, java.util.List<NightStep> steps) {
    for (NightStep step : steps) step.checkSettings(settings);
  }

  public NightStep.StepOutcome run(NightStep step, LocalDate date) {
    Stopwatch watch = Stopwatch.start();
    String prefix = label.equals(step.name()) ? label + " " + date + ":" : label + " " + date + ": " + step.name();
    progress.printf("%s …%n", prefix);
    NightStep.StepOutcome o;
    try {
      LargeWarehouseSettings.apply(spark, settings, progress);
      o = RecordedStep.run(step, spark, settings, date);
    } catch (RuntimeException e) {
      throw new StepFailed(step.name(), Nightly.firstLine(e.getMessage()), e);
    }
    progress.printf("%s done in %s — %s%n", prefix, watch, o.summary());
    return o;
  }

  /** A step failed; {@link #reason()} is the message of its failed {@code ops.runs} row. */
  public static final class StepFailed extends RuntimeException {
    private final String step;
    private final String reason;

    StepFailed(String step, String reason, Throwable cause) {
      super(step + " failed: " + reason, cause);
      this.step = step;
      this.reason = reason;
    }

    public String step() {
      return step;
    }

    public String reason() {
      return reason;
    }
  }
}
