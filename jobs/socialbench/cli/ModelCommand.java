package socialbench.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.model.ModelRunner;
import socialbench.runtime.Settings;
import socialbench.runtime.SparkSessions;

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
    SparkSession spark = SparkSessions.start(settings);
    Map<String, Long> written = new ModelRunner(spark, settings, System.err).run(d, full);
    System.out.println("model " + d + ": " + written.size() + " tables written, "
        + written.values().stream().mapToLong(Long::longValue).sum() + " rows");
    return 0;
  }
}
