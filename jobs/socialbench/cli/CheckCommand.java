package socialbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true, description = "Run the quality checks for the logical date and publish.")
public final class CheckCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Logical date.") String date;

  @Override
  public Integer call() {
    return NotBuiltYet.report("check", 7, "quality checks and publish");
  }
}
