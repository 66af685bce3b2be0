package socialbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Write a Parquet extract of an agency's clients plus anonymous cohort statistics.")
public final class ExportCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--agency", required = true) String agency;
  @Option(names = "--month", required = true, paramLabel = "YYYY-MM") String month;
  @Option(names = "--out", required = true, paramLabel = "DIR") java.nio.file.Path out;

  @Override
  public Integer call() {
    return NotBuiltYet.report("export", 9, "the agency extract");
  }
}
