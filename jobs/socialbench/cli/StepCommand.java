package socialbench.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.SparkSession;
import socialbench.pipeline.NightStep;
import socialbench.pipeline.StepRunner;
import socialbench.runtime.Settings;
import socialbench.runtime.SparkSessions;
import socialbench.runtime.WarehouseLock;

/**
 * What every writing command shares: the logical date, the step's settings checked before anything
 * starts, the warehouse's writer lock, the Spark session, and one step run through {@link StepRunner}
 * exactly as {@code nightly} runs it (progress on stderr, one {@code ops.runs} row, a failure recorded with
 * the reason this command then prints as its one-line error, exit code 1).
 */
final class StepCommand {
  private StepCommand() {}

  /** {@code --date} (or another date option) as a day; a one-line error otherwise. */
  static LocalDate parseDate(String option, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new UserError(option + " must be YYYY-MM-DD, got '" + value + "'");
    }
  }

  /** Checks the steps' settings before the lock and Spark: a bad setting is a one-line error, not a run. */
  static void checkSettings(Settings settings, List<NightStep> steps) {
    try {
      StepRunner.checkSettings(settings, steps);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new UserError(e.getMessage());
    }
  }

  /** Runs {@code step} alone for {@code date}; prints its report on stdout. */
  static int run(Settings settings, NightStep step, LocalDate date) {
    return run(settings, step, step.name() + " --date " + date, spark -> date);
  }

  /**
   * Runs {@code step} alone, holding the lock as {@code lockedBy}, for the date {@code date} gives once
   * the session is up (maintain defaults to the latest logical date in ops.runs).
   */
  static int run(Settings settings, NightStep step, String lockedBy, Function<SparkSession, LocalDate> date) {
    checkSettings(settings, List.of(step));
    try (WarehouseLock lock = WarehouseLock.acquire(settings, lockedBy)) {
      SparkSession spark = SparkSessions.start(settings);
      LocalDate d = date.apply(spark);
      NightStep.StepOutcome o;
      try {
        o = new StepRunner(spark, settings, step.name(), System.err).run(step, d);
      } catch (StepRunner.StepFailed e) {
        throw new UserError(e.reason());
      }
      System.out.println(o.report() != null ? o.report() : step.name() + " " + d + ": " + o.summary());
      return 0;
    }
  }
}
