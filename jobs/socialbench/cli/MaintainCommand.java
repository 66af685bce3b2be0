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
import socialbench.runtime.Settings;
import socialbench.runtime.Warehouse;

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
  String date;

  @Override
  public Integer call() {
    Settings settings = common.settings();
    int days = retainDays != null ? retainDays : settings.config().getInt("socialbench.maintain.retain-days");
    if (days < 0) throw new UserError("--retain-days must be 0 or more, got " + days);
    long rowsPerFile = settings.config().getLong("socialbench.maintain.rows-per-file");
    if (rowsPerFile < 1) throw new UserError("socialbench.maintain.rows-per-file must be at least 1, got " + rowsPerFile);
    LocalDate given = date == null ? null : StepCommand.parseDate("--date", date);
    return StepCommand.run(settings, new MaintainStep(days, rowsPerFile, all, System.out), "maintain",
        spark -> given != null ? given : latestLogicalDate(spark, settings));
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
