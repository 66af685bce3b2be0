package socialbench.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.maintain.MaintainStep;
import socialbench.pipeline.Nightly;
import socialbench.pipeline.RecordedStep;
import socialbench.runtime.Settings;
import socialbench.runtime.SparkSessions;
import socialbench.runtime.Warehouse;
import socialbench.runtime.WarehouseLock;

@Command(name = "maintain", mixinStandardHelpOptions = true,
    description = "Compact the small files of the tables written since the last maintain and remove superseded files "
        + "older than the retention, never a file of a published version.")
public final class MaintainCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--retain-days", paramLabel = "N",
      description = "Keep superseded files this many days (default from conf: socialbench.maintain.retain-days, 7).")
  Integer retainDays;

  @Option(names = "--all", description = "Compact every dw, bench and ops table, not only those written since the last maintain.")
  boolean all;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Logical date the run is recorded under in ops.runs (default: the latest logical date in ops.runs).")
  LocalDate date;

  @Override
  public Integer call() {
    Settings settings = common.settings();
    int days = retainDays != null ? retainDays : settings.config().getInt("socialbench.maintain.retain-days");
    if (days < 0) throw new UserError("--retain-days must be 0 or more, got " + days);
    try (WarehouseLock lock = WarehouseLock.acquire(settings, "maintain")) {
      SparkSession spark = SparkSessions.start(settings);
      LocalDate d = date != null ? date : latestLogicalDate(spark, settings);
      long t0 = System.nanoTime();
      MaintainStep step = new MaintainStep(days, all, System.out);
      try {
        String summary = RecordedStep.run(step, spark, settings, d).summary();
        System.out.printf("maintain %s: %s in %.1f s%n", d, summary, (System.nanoTime() - t0) / 1e9);
      } catch (RuntimeException e) {
        throw new UserError("maintain " + d + " failed: " + Nightly.firstLine(e.getMessage()));
      }
      return 0;
    }
  }

  private static LocalDate latestLogicalDate(SparkSession spark, Settings settings) {
    String runs = Warehouse.of(settings).tablePath("ops.runs");
    String none = "no run is recorded in " + runs + "; give --date YYYY-MM-DD";
    try {
      Path log = new Path(runs, "_delta_log");
      if (!log.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(log)) throw new UserError(none);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Row r = spark.sql("select max(logical_date) from delta.`" + runs.replace("`", "``") + "`").first();
    if (r.isNullAt(0)) throw new UserError(none);
    return ((Date) r.get(0)).toLocalDate();
  }
}
