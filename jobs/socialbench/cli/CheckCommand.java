package socialbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.pipeline.CheckNightStep;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Run the quality checks declared in sql/checks for the logical date; exit 1 on a blocking failure.")
public final class CheckCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Logical date.") String date;

  @Override
  public Integer call() {
    return StepCommand.run(common.settings(), new CheckNightStep(System.out), StepCommand.parseDate("--date", date));
  }
}
