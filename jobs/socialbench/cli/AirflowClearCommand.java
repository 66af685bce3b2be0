package socialbench.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.airflow.AirflowClient;
import socialbench.airflow.DagRun;
import socialbench.airflow.TaskInstance;

@Command(name = "clear", mixinStandardHelpOptions = true, description = "Clear the failed tasks of a run so Airflow runs them again.")
final class AirflowClearCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin AirflowOptions airflow;
  @Mixin AirflowRunOptions which;

  @Option(names = "--dry-run", description = "Only list what would be cleared.")
  boolean dryRun;

  @Override
  public Integer call() {
    AirflowConfig config = airflow.config(common);
    String dagId = airflow.dagId(config);
    AirflowClient client = AirflowOptions.client(config);
    DagRun run = which.resolve(client, dagId);
    List<TaskInstance> cleared = client.clearFailed(dagId, run.runId(), dryRun);
    System.out.println((dryRun ? "would clear " : "cleared ") + cleared.size() + " task(s) of " + run.runId());
    AirflowPrinter.tasks(System.out, cleared);
    return 0;
  }
}
