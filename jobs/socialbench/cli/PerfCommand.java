package socialbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "perf", mixinStandardHelpOptions = true, description = "Performance benchmark at a scale factor; prints figures (DESIGN.md §11).")
public final class PerfCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--scale", defaultValue = "1") double scale;
  @Option(names = "--history-days", defaultValue = "365") int historyDays;

  @Override
  public Integer call() {
    return NotBuiltYet.report("perf", 10, "the performance benchmark");
  }
}
