package socialbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backfill", mixinStandardHelpOptions = true, description = "Run every night from D1 to D2 in order; resumable.")
public final class BackfillCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD") String from;
  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD") String to;
  @Option(names = "--force", description = "Re-run nights that already succeeded.") boolean force;

  @Override
  public Integer call() {
    return NotBuiltYet.report("backfill", 7, "backfill");
  }
}
