package socialbench.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.bench.AnalystViews;
import socialbench.runtime.SparkSessions;
import socialbench.sql.OutputFormat;
import socialbench.sql.SqlShell;

@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Spark SQL on the warehouse: -e QUERY, -f FILE, or an interactive prompt when neither is given.",
      "Named parameters (:name) are bound with -p name=value, never spliced into the text."
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
    SparkSession spark = latest ? SparkSessions.start(common.settings()) : SparkSessions.startReader(common.settings());
    if (spark.catalog().tableExists("bench", "page_rank")) {
      AnalystViews.register(spark); // the documented analyst views of sql/views, as session views
    }
    SqlShell shell = new SqlShell(spark, format, new LinkedHashMap<>(params), System.out);
    if (text != null) {
      shell.runScript(text);
      return 0;
    }
    return shell.interactive(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), System.console() != null);
  }
}
