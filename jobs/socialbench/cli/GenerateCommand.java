package socialbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true, description = "Write synthetic raw exports in the platforms' native formats (DESIGN.md §4).")
public final class GenerateCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--orgs", description = "Organizations to generate.") Integer orgs;
  @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "First export date.") String start;
  @Option(names = "--days", description = "Number of export days.") Integer days;
  @Option(names = "--seed", defaultValue = "42", description = "Random seed; the same seed gives byte-identical files.") long seed;
  @Option(names = "--dirty", defaultValue = "0", description = "Rate of injected real-world mess (0..1).") double dirty;
  @Option(names = "--scale", description = "Scale factor of DESIGN.md §11 instead of --orgs.") Double scale;

  @Override
  public Integer call() {
    return NotBuiltYet.report("generate", 4, "synthetic exports");
  }
}
