package socialbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "nightly", mixinStandardHelpOptions = true, description = "land, model, bench and check for the logical date in one Spark application.")
public final class NightlyCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Logical date.") String date;

  @Override
  public Integer call() {
    return NotBuiltYet.report("nightly", 7, "the nightly pipeline");
  }
}
