package socialbench.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.airflow.AirflowClient;
import socialbench.airflow.AirflowClient.Reprocess;
import socialbench.airflow.Backfill;
import socialbench.airflow.DagRun;

@Command(name = "backfill", mixinStandardHelpOptions = true, description = "Create an Airflow backfill: one run per night from --from to --to, both included.")
final class AirflowBackfillCommand implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Mixin AirflowOptions airflow;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD") LocalDate from;
  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD") LocalDate to;

  @Option(names = "--reprocess", paramLabel = "none|failed|completed", description = "Run again nights that already have a run: none (default), failed ones, or all.")
  String reprocess = "none";

  @Option(names = "--max-active-runs", paramLabel = "N", description = "Nights at once (default 1: the nightly DAG applies nights in order).")
  int maxActiveRuns = 1;

  @Option(names = "--wait", description = "Wait until every night of the backfill has finished; exit 1 if one failed.")
  boolean wait;

  @Option(names = "--timeout", paramLabel = "DURATION", converter = AirflowDurationConverter.class, description = "With --wait: give up after this long (default: socialbench.airflow.wait.timeout).")
  Duration timeout;

  @Override
  public Integer call() {
    Reprocess mode;
    try {
      mode = Reprocess.valueOf(reprocess.toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new UserError("--reprocess is none, failed or completed, got " + reprocess);
    }
    if (to.isBefore(from)) {
      throw new UserError("--to " + to + " is before --from " + from);
    }
    AirflowConfig config = airflow.config(common);
    String dagId = airflow.dagId(config);
    AirflowClient client = AirflowOptions.client(config);
    Backfill b = client.createBackfill(dagId, from, to, maxActiveRuns, mode);
    System.out.println("backfill " + b.id() + " of " + dagId + " from " + from + " to " + to + " created");
    if (!wait) {
      return 0;
    }
    Duration limit = timeout != null ? timeout : config.waitTimeout();
    long deadline = System.nanoTime() + limit.toNanos();
    while (client.backfill(b.id()).completedAt() == null) {
      if (System.nanoTime() > deadline) {
        throw new UserError("backfill " + b.id() + " has not completed after " + limit.toSeconds() + " s", AirflowWaitCommand.TIMED_OUT);
      }
      sleep(config.pollInterval());
    }
    List<DagRun> runs = client.backfillRuns(dagId, from, to);
    runs.forEach(r -> AirflowPrinter.run(System.out, r));
    long failed = runs.stream().filter(r -> !"success".equals(r.state())).count();
    if (failed > 0) {
      throw new UserError(failed + " of " + runs.size() + " nights of backfill " + b.id() + " did not succeed");
    }
    return 0;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserError("interrupted");
    }
  }
}
