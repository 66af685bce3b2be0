package socialbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import socialbench.airflow.AirflowClient;
import socialbench.airflow.DagRun;

@Command(name = "status", mixinStandardHelpOptions = true, description = "Print a run's state and the state of each of its tasks.")
final class AirflowStatusCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin AirflowOptions airflow;
  @Mixin AirflowRunOptions which;

  @Override
  public Integer call() {
    AirflowConfig config = airflow.config(common);
    String dagId = airflow.dagId(config);
    AirflowClient client = AirflowOptions.client(config);
    DagRun run = which.resolve(client, dagId);
    AirflowPrinter.run(System.out, run);
    AirflowPrinter.tasks(System.out, client.taskInstances(dagId, run.runId()));
    return 0;
  }
}
