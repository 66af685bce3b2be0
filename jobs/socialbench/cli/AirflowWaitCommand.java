package socialbench.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.airflow.AirflowApiException;
import socialbench.airflow.AirflowClient;
import socialbench.airflow.DagRun;

@Command(name = "wait", mixinStandardHelpOptions = true, description = "Wait until a run finishes: exit 0 on success, 1 when it failed, 3 on timeout.")
final class AirflowWaitCommand implements Callable<Integer> {
  static final int TIMED_OUT = 3;

  @Mixin CommonOptions common;
  @Mixin AirflowOptions airflow;
  @Mixin AirflowRunOptions which;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = AirflowDurationConverter.class, description = "Give up after this long (default: socialbench.airflow.wait.timeout).")
  Duration timeout;

  @Option(names = "--poll", paramLabel = "DURATION", converter = AirflowDurationConverter.class, description = "Ask this often (default: socialbench.airflow.wait.poll-interval).")
  Duration poll;

  @Override
  public Integer call() {
    AirflowConfig config = airflow.config(common);
    String dagId = airflow.dagId(config);
    AirflowClient client = AirflowOptions.client(config);
    DagRun run = which.resolve(client, dagId);
    return waitAndReport(
        client, dagId, run, timeout != null ? timeout : config.waitTimeout(), poll != null ? poll : config.pollInterval());
  }

  static int waitAndReport(AirflowClient client, String dagId, DagRun run, Duration timeout, Duration poll) {
    DagRun done;
    try {
      done = client.waitFor(dagId, run.runId(), timeout, poll);
    } catch (AirflowApiException e) {
      if (e.status() == -1) {
        throw new UserError(e.getMessage(), TIMED_OUT);
      }
      throw e;
    }
    AirflowPrinter.run(System.out, done);
    if ("success".equals(done.state())) {
      return 0;
    }
    String failed =
        client.taskInstances(dagId, done.runId()).stream()
            .filter(t -> "failed".equals(t.state()))
            .map(t -> t.taskId())
            .collect(Collectors.joining(", "));
    throw new UserError(
        "run " + done.runId() + " of " + dagId + " failed (failed tasks: " + (failed.isEmpty() ? "none" : failed)
            + "); see socialbench airflow logs --run-id '" + done.runId() + "' --task TASK");
  }
}
