package socialbench.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.airflow.AirflowClient;
import socialbench.airflow.AirflowClient.IfExists;
import socialbench.airflow.DagRun;

@Command(name = "trigger", mixinStandardHelpOptions = true, description = "Trigger the DAG for one night (data interval [D, D+1) UTC).")
final class AirflowTriggerCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin AirflowOptions airflow;

  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The night to run.")
  LocalDate date;

  @Option(names = "--if-exists", paramLabel = "fail|return", description = "When a run for the night exists already: fail (default) or print it.")
  String ifExists = "fail";

  @Option(names = "--wait", description = "Wait for the run to finish; exit 1 when it failed.")
  boolean wait;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = AirflowDurationConverter.class, description = "With --wait: give up after this long (default: socialbench.airflow.wait.timeout).")
  Duration timeout;

  @Override
  public Integer call() {
    IfExists mode = switch (ifExists) {
      case "fail" -> IfExists.FAIL;
      case "return" -> IfExists.RETURN_EXISTING;
      default -> throw new UserError("--if-exists is fail or return, got " + ifExists);
    };
    AirflowConfig config = airflow.config(common);
    String dagId = airflow.dagId(config);
    AirflowClient client = AirflowOptions.client(config);
    DagRun run = client.trigger(dagId, date, mode);
    AirflowPrinter.run(System.out, run);
    if (!wait) {
      return 0;
    }
    return AirflowWaitCommand.waitAndReport(client, dagId, run, timeout != null ? timeout : config.waitTimeout(), config.pollInterval());
  }
}
