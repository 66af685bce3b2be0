package socialbench.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.demo.Demo;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Generate sample exports, run every night of the period, print a benchmark summary for one client and what to try next.")
public final class DemoCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--orgs", defaultValue = "24", description = "Organizations to generate (default ${DEFAULT-VALUE}).")
  int orgs;

  @Option(names = "--days", defaultValue = "3", description = "Nights to run (default ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--start", defaultValue = "2026-09-29", description = "First night (default ${DEFAULT-VALUE}).")
  LocalDate start;

  @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--dirty", defaultValue = "0.02", description = "Share of messy inputs (default ${DEFAULT-VALUE}).")
  double dirty;

  @Option(names = "--workdir", paramLabel = "DIR", defaultValue = "demo", description = "Where the inbox and warehouse go (default ${DEFAULT-VALUE}).")
  Path workdir;

  @Override
  public Integer call() {
    if (orgs < 1 || days < 1) throw new UserError("--orgs and --days must be at least 1");
    new Demo(new Demo.Options(workdir, orgs, days, start, seed, dirty), common.settings(), System.out, System.err).run();
    return 0;
  }
}
