package socialbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.pipeline.ModelNightStep;

@Command(name = "model", mixinStandardHelpOptions = true, description = "Build the facts and dimensions touched by the logical date.")
public final class ModelCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Logical date.") String date;

  @Option(names = "--full", description = "Rebuild every organization from its first export instead of only what the night's land runs touched.")
  boolean full;

  @Override
  public Integer call() {
    return StepCommand.run(common.settings(), new ModelNightStep(full), StepCommand.parseDate("--date", date));
  }
}
