package socialbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.pipeline.LandStep;

@Command(name = "land", mixinStandardHelpOptions = true, description = "Land every file that arrived for the logical date into bronze Parquet, quarantining bad rows.")
public final class LandCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Logical date.") String date;

  @Override
  public Integer call() {
    return StepCommand.run(common.settings(), new LandStep(), StepCommand.parseDate("--date", date));
  }
}
