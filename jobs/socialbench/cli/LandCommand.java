package socialbench.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.land.LandResult;
import socialbench.land.Lander;
import socialbench.runtime.Settings;
import socialbench.runtime.SparkSessions;
import socialbench.runtime.WarehouseLock;

@Command(name = "land", mixinStandardHelpOptions = true, description = "Land every file that arrived for the logical date into bronze Parquet, quarantining bad rows.")
public final class LandCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Logical date.") String date;

  @Override
  public Integer call() {
    LocalDate d;
    try {
      d = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new UserError("--date must be YYYY-MM-DD, got: " + date);
    }
    Settings settings = common.settings();
    socialbench.land.HashSalt.require(settings.config()); // before Spark starts: no run with the placeholder salt
    if (!java.nio.file.Files.isDirectory(java.nio.file.Path.of(settings.inbox()))) {
      throw new UserError("inbox not found: " + settings.inbox());
    }
    long t0 = System.nanoTime();
    // one writer per warehouse: two land runs for the same date never interleave their slice rewrites
    try (WarehouseLock lock = WarehouseLock.acquire(settings, "land --date " + d)) {
      SparkSession spark = SparkSessions.start(settings);
      LandResult result = new Lander(spark, settings, System.err).land(d);
      System.out.println(result.summary(date, (System.nanoTime() - t0) / 1e9));
      return 0;
    }
  }
}
