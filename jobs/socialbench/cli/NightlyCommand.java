package socialbench.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.pipeline.Nightly;
import socialbench.runtime.Settings;
import socialbench.runtime.SparkSessions;
import socialbench.runtime.WarehouseLock;

@Command(name = "nightly", mixinStandardHelpOptions = true,
    description = "land, model, bench and check for the logical date in one Spark application.")
public final class NightlyCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Logical date.")
  String dateText;

  @Override
  public Integer call() {
    Settings settings = common.settings();
    LocalDate date = StepCommand.parseDate("--date", dateText);
    StepCommand.checkSettings(settings, Nightly.standardSteps()); // before the lock and Spark: salt, inbox, k
    try (WarehouseLock lock = WarehouseLock.acquire(settings, "nightly --date " + date)) {
      SparkSession spark = SparkSessions.start(settings);
      long t0 = System.nanoTime();
      try {
        new Nightly(spark, settings, Nightly.standardSteps(), System.err).run(date);
      } catch (Nightly.NightFailed e) {
        throw new UserError("night " + date + ": " + e.getMessage());
      }
      System.out.printf("nightly %s: succeeded in %.1f s%n", date, (System.nanoTime() - t0) / 1e9);
      return 0;
    }
  }
}
