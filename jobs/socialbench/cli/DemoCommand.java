package socialbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "Generate sample exports, run every night of the period, print a benchmark summary and write one client report.")
public final class DemoCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--orgs", defaultValue = "40", description = "Organizations to generate (default ${DEFAULT-VALUE}).") int orgs;
  @Option(names = "--days", defaultValue = "60", description = "Nights to run (default ${DEFAULT-VALUE}).") int days;
  @Option(names = "--workdir", paramLabel = "DIR", defaultValue = "demo", description = "Where the inbox and warehouse go (default ${DEFAULT-VALUE}).") java.nio.file.Path workdir;

  @Override
  public Integer call() {
    return NotBuiltYet.report("demo", 4, "the one-command demo");
  }
}
