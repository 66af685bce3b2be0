package socialbench.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.model.ModelRunner;
import socialbench.pipeline.Nightly;
import socialbench.runtime.RunLedger;
import socialbench.runtime.Settings;
import socialbench.runtime.SparkSessions;
import socialbench.runtime.WarehouseLock;

@Command(name = "model", mixinStandardHelpOptions = true, description = "Build the facts and dimensions touched by the logical date.")
public final class ModelCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Logical date.") String date;

  @Option(names = "--full", description = "Rebuild every organization from its first export instead of only what the night's land runs touched.")
  boolean full;

  @Override
  public Integer call() {
    LocalDate d;
    try {
      d = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new UserError("--date must be YYYY-MM-DD, got '" + date + "'");
    }
    Settings settings = common.settings();
    // One writer at a time, and one ops.runs row per run, as bench and nightly do.
    try (WarehouseLock lock = WarehouseLock.acquire(settings, "model --date " + d)) {
      SparkSession spark = SparkSessions.start(settings);
      String runId = RunLedger.newRunId("model", d);
      Instant started = Instant.now();
      Map<String, Long> written;
      try {
        written = new ModelRunner(spark, settings, System.err).run(d, full);
      } catch (RuntimeException e) {
        new RunLedger(spark, settings).record(runId, "model", d, false, started, Instant.now(), 0, 0, Nightly.firstLine(e.getMessage()));
        throw e;
      }
      long rows = written.values().stream().mapToLong(Long::longValue).sum();
      String summary = written.size() + " tables written, " + rows + " rows";
      new RunLedger(spark, settings).record(runId, "model", d, true, started, Instant.now(), 0, rows, summary);
      System.out.println("model " + d + ": " + summary);
      return 0;
    }
  }
}
