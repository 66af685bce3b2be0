package socialbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.pipeline.BenchNightStep;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "Compute KPIs, cohort statistics and ranks for the months touched by the logical date.")
public final class BenchCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Logical date.") String date;

  @Override
  public Integer call() {
    return StepCommand.run(common.settings(), new BenchNightStep(), StepCommand.parseDate("--date", date));
  }
}
