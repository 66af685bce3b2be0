package socialbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "airflow", mixinStandardHelpOptions = true, description = "Airflow 3 REST client: trigger|status|wait|backfill|clear|logs|assets.")
public final class AirflowCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @picocli.CommandLine.Parameters(arity = "0..*", paramLabel = "ACTION ARGS") java.util.List<String> args;

  @Override
  public Integer call() {
    return NotBuiltYet.report("airflow", 8, "the Airflow 3 REST client");
  }
}
