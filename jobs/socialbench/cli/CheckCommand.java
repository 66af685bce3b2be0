package socialbench.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.quality.CheckResult;
import socialbench.quality.CheckStep;
import socialbench.runtime.RunLedger;
import socialbench.runtime.Settings;
import socialbench.runtime.SparkSessions;
import socialbench.runtime.WarehouseLock;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Run the quality checks declared in sql/checks for the logical date; exit 1 on a blocking failure.")
public final class CheckCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Logical date.")
  LocalDate date;

  @Override
  public Integer call() {
    Settings settings = common.settings();
    try (WarehouseLock lock = WarehouseLock.acquire(settings, "check --date " + date)) {
      SparkSession spark = SparkSessions.start(settings);
      String runId = RunLedger.newRunId("check", date);
      Instant started = Instant.now();
      try {
        var results = new CheckStep(spark, settings).run(date, runId, System.out);
        long failing = results.stream().mapToLong(CheckResult::failingRows).sum();
        new RunLedger(spark, settings).record(runId, "check", date, true, started, Instant.now(), results.size(), failing,
            results.size() + " checks");
        return 0;
      } catch (CheckStep.BlockingCheckFailure e) {
        new RunLedger(spark, settings).record(runId, "check", date, false, started, Instant.now(), 0, 0, e.getMessage());
        throw new UserError(e.getMessage());
      }
    }
  }
}
