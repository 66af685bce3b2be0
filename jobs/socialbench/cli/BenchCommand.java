package socialbench.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.bench.BenchSettings;
import socialbench.bench.BenchStage;
import socialbench.bench.MissingInputTable;
import socialbench.runtime.RunLedger;
import socialbench.runtime.Settings;
import socialbench.runtime.SparkSessions;
import socialbench.runtime.TableWriter;
import socialbench.runtime.WarehouseLock;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Compute KPIs, cohort statistics and ranks for the months touched by the logical date.")
public final class BenchCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Logical date.") String date;

  @Override
  public Integer call() {
    LocalDate logicalDate;
    try {
      logicalDate = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new UserError("--date must be YYYY-MM-DD, got '" + date + "'");
    }
    Settings settings = common.settings();
    BenchSettings bench;
    try {
      bench = BenchSettings.from(settings);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    try (WarehouseLock lock = WarehouseLock.acquire(settings, "bench --date " + logicalDate)) {
      SparkSession spark = SparkSessions.start(settings);
      String runId = RunLedger.newRunId("bench", logicalDate);
      Instant started = Instant.now();
      BenchStage.BenchResult result;
      try {
        result = new BenchStage(spark, TableWriter.of(spark, settings), bench).run(logicalDate);
      } catch (MissingInputTable e) {
        new RunLedger(spark, settings).record(runId, "bench", logicalDate, false, started, Instant.now(), 0, 0, e.getMessage());
        throw new UserError(e.getMessage());
      }
      long rows = result.rowsPerTable().values().stream().mapToLong(Long::longValue).sum();
      new RunLedger(spark, settings).record(runId, "bench", logicalDate, true, started, Instant.now(), 0, rows,
          "months " + result.months());
      System.out.println("bench " + logicalDate + ": months " + result.months() + " (k = " + bench.minCohortOrgs() + ")");
      result.rowsPerTable().forEach((table, n) -> System.out.println("  " + table + ": " + n + " rows"));
      return 0;
    }
  }
}
