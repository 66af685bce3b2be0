package socialbench.pipeline;

import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.RunLedger;
import socialbench.runtime.Settings;

/**
 * A night for logical date D (docs/design.md §1): land → model → bench → check, in one Spark application,
 * each step recorded in {@code ops.runs}, then the whole night. A failing step stops the night; the
 * failure is recorded and rethrown. Every step is idempotent, so re-running the night repairs it.
 */
public final class Nightly {
  private final SparkSession spark;
  private final Settings settings;
  private final List<NightStep> steps;
  private final PrintStream progress;

  public Nightly(SparkSession spark, Settings settings, List<NightStep> steps, PrintStream progress) {
    this.spark = spark;
    this.settings = settings;
    this.steps = List.copyOf(steps);
    this.progress = progress;
  }

  /** The standard steps in order. */
  public static List<NightStep> standardSteps() {
    return List.of(new LandStep(), new ModelNightStep(false), new BenchNightStep(), new CheckNightStep(System.err));
  }


  public void run(LocalDate date) {
    RunLedger ledger = new RunLedger(spark, settings);
    String nightRun = RunLedger.newRunId("nightly", date);
    Instant nightStart = Instant.now();
    long rowsIn = 0;
    long rowsOut = 0;
    StepRunner runner = new StepRunner(spark, settings, "nightly", progress);
    for (NightStep step : steps) {
      try {
        NightStep.StepOutcome o = runner.run(step, date);
        if (rowsIn == 0) rowsIn = o.rowsIn();
        rowsOut += o.rowsOut();
      } catch (StepRunner.StepFailed e) {
        ledger.record(nightRun, "nightly", date, false, nightStart, Instant.now(), rowsIn, rowsOut, e.getMessage());
        throw new NightFailed(e.getMessage(), e.getCause());
      }
    }
    ledger.record(nightRun, "nightly", date, true, nightStart, Instant.now(), rowsIn, rowsOut, "land, model, bench, check");
  }

  public static String firstLine(String s) {
    if (s == null) return "unknown error";
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** A night stopped at a failing step. */
  public static final class NightFailed extends RuntimeException {
    public NightFailed(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
