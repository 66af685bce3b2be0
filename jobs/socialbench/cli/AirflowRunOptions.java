package socialbench.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;
import socialbench.airflow.AirflowClient;
import socialbench.airflow.DagRun;

/** Which run a command is about: the night ({@code --date}) or the run id ({@code --run-id}). */
final class AirflowRunOptions {
  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The night (logical date) of the run.")
  LocalDate date;

  @Option(names = "--run-id", paramLabel = "RUN_ID", description = "The run id, instead of --date.")
  String runId;

  DagRun resolve(AirflowClient client, String dagId) {
    if ((date == null) == (runId == null)) {
      throw new UserError("give exactly one of --date or --run-id");
    }
    if (runId != null) {
      return client.run(dagId, runId);
    }
    return client
        .runForNight(dagId, date)
        .orElseThrow(() -> new UserError("no run of " + dagId + " for " + date + "; trigger one with: socialbench airflow trigger --date " + date));
  }
}
