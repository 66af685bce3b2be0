package socialbench.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code socialbench airflow …}: the Airflow 3 REST client (docs/design.md §9, docs/airflow.md). URL and user
 * from SOCIALBENCH_AIRFLOW_URL / SOCIALBENCH_AIRFLOW_USER or socialbench.airflow.* (conf/airflow.conf),
 * password from SOCIALBENCH_AIRFLOW_PASSWORD.
 */
@Command(
    name = "airflow",
    mixinStandardHelpOptions = true,
    description = "Airflow 3 REST client: trigger|status|wait|backfill|clear|logs|assets.",
    subcommands = {
      AirflowTriggerCommand.class,
      AirflowStatusCommand.class,
      AirflowWaitCommand.class,
      AirflowBackfillCommand.class,
      AirflowClearCommand.class,
      AirflowLogsCommand.class,
      AirflowAssetsCommand.class
    })
public final class AirflowCommand implements Runnable {
  @Mixin CommonOptions common;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
