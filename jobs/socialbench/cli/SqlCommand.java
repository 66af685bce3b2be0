package socialbench.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.bench.AnalystViews;
import socialbench.runtime.SparkSessions;
import socialbench.sql.AnalystMode;
import socialbench.sql.OutputFormat;
import socialbench.sql.SqlShell;

@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Spark SQL on the warehouse: -e QUERY, -f FILE, or an interactive prompt when neither is given.",
      "Named parameters (:name) are bound with -p name=value, never spliced into the text.",
      "Read-only analyst policy (queries, SHOW, DESCRIBE, EXPLAIN) on dw, bench and the analyst views unless --admin."
    })
public final class SqlCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  static final class Source {
    @Option(names = "-e", paramLabel = "QUERY", description = "Statements to run (separated by ;).")
    String query;

    @Option(names = "-f", paramLabel = "FILE", description = "File of statements to run.")
    Path file;
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Source source;

  @Option(names = "--format", defaultValue = "table", description = "table, csv or json (one object per line). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(names = "--latest", description = "Read every table at its latest version, including a night not yet published.")
  boolean latest;

  @Option(names = "--admin", description = "Operator mode: every database and any statement (DDL, DML, paths). Without it, the analyst policy applies.")
  boolean admin;

  @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "Named parameter for :NAME in the statements.")
  Map<String, String> params = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    String text = null;
    if (source != null && source.query != null) {
      text = source.query;
    } else if (source != null && source.file != null) {
      if (!Files.isRegularFile(source.file)) {
        throw new UserError("no such file: " + source.file);
      }
      text = Files.readString(source.file, StandardCharsets.UTF_8);
    }
    SparkSession spark = session();
    if (spark.catalog().tableExists("bench", "page_rank")) {
      AnalystViews.register(spark); // the documented analyst views of sql/views, as session views
    }
    SqlShell shell = new SqlShell(spark, format, new LinkedHashMap<>(params), System.out);
    String script = text;
    Supplier<Integer> run = script != null
        ? () -> {
          shell.runScript(script);
          return 0;
        }
        : () -> interactive(shell);
    return admin ? run.get() : AnalystMode.asAnalyst(run);
  }

  /** Operators see every table; analysts only the analyst catalog (published, unless --latest). */
  private SparkSession session() {
    if (latest) return SparkSessions.start(common.settings());
    return admin ? SparkSessions.startReader(common.settings()) : SparkSessions.startAnalyst(common.settings());
  }

  private int interactive(SqlShell shell) {
    try {
      return shell.interactive(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.console() != null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
