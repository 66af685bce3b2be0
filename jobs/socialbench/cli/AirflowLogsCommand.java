package socialbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.airflow.AirflowClient;
import socialbench.airflow.DagRun;
import socialbench.airflow.TaskInstance;

@Command(name = "logs", mixinStandardHelpOptions = true, description = "Print the log of one task of a run (its latest try unless --try).")
final class AirflowLogsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin AirflowOptions airflow;
  @Mixin AirflowRunOptions which;

  @Option(names = "--task", required = true, paramLabel = "TASK_ID", description = "land, model, bench or check.")
  String taskId;

  @Option(names = "--try", paramLabel = "N", description = "The try to show (default: the latest).")
  Integer tryNumber;

  @Override
  public Integer call() {
    AirflowConfig config = airflow.config(common);
    String dagId = airflow.dagId(config);
    AirflowClient client = AirflowOptions.client(config);
    DagRun run = which.resolve(client, dagId);
    int attempt = tryNumber != null ? tryNumber : latestTry(client, dagId, run);
    client.taskLog(dagId, run.runId(), taskId, attempt).forEach(System.out::println);
    return 0;
  }

  private int latestTry(AirflowClient client, String dagId, DagRun run) {
    TaskInstance ti =
        client.taskInstances(dagId, run.runId()).stream()
            .filter(t -> t.taskId().equals(taskId))
            .findFirst()
            .orElseThrow(() -> new UserError("run " + run.runId() + " of " + dagId + " has no task " + taskId));
    if (ti.tryNumber() < 1) {
      throw new UserError("task " + taskId + " of run " + run.runId() + " has not run yet (state " + ti.state() + ")");
    }
    return ti.tryNumber();
  }
}
