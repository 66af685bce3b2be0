package socialbench.cli;

import picocli.CommandLine.Option;
import socialbench.airflow.AirflowClient;
import socialbench.airflow.AirflowConnection;

/** Options of every {@code socialbench airflow} command: which server and DAG. Never a password. */
final class AirflowOptions {
  @Option(names = "--url", paramLabel = "URL", description = "Airflow API server (default: SOCIALBENCH_AIRFLOW_URL, socialbench.airflow.url).")
  String url;

  @Option(names = "--user", paramLabel = "NAME", description = "Airflow user (default: SOCIALBENCH_AIRFLOW_USER, socialbench.airflow.user). The password comes from SOCIALBENCH_AIRFLOW_PASSWORD.")
  String user;

  @Option(names = "--dag", paramLabel = "DAG_ID", description = "DAG id (default: socialbench.airflow.dag-id = socialbench_nightly).")
  String dagId;

  AirflowConfig config(CommonOptions common) {
    if (url != null) {
      common.overrides.put("socialbench.airflow.url", url);
    }
    if (user != null) {
      common.overrides.put("socialbench.airflow.user", user);
    }
    return AirflowConfig.from(common.settings());
  }

  String dagId(AirflowConfig config) {
    return dagId != null ? dagId : config.dagId();
  }

  static AirflowClient client(AirflowConfig config) {
    AirflowConnection c = config.connection();
    return new AirflowClient(c, config.notParsedYet(), 100);
  }
}
