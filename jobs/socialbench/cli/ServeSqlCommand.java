package socialbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve-sql", mixinStandardHelpOptions = true, description = "Serve the warehouse over JDBC for BI tools (127.0.0.1 by default).")
public final class ServeSqlCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--host", defaultValue = "127.0.0.1") String host;
  @Option(names = "--port", defaultValue = "10000") int port;

  @Override
  public Integer call() {
    return NotBuiltYet.report("serve-sql", 9, "the JDBC SQL server");
  }
}
