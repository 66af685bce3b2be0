package socialbench.cli;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import socialbench.airflow.AirflowConnection;
import socialbench.airflow.RetryPolicy;
import socialbench.runtime.Settings;

/**
 * The {@code socialbench.airflow} settings: conf/airflow.conf (bundled) under whatever the socialbench
 * settings hold (conf/socialbench.conf, {@code --conf FILE}, {@code -D}); environment variables come in
 * through conf/airflow.conf's {@code ${?SOCIALBENCH_AIRFLOW_*}}.
 */
record AirflowConfig(AirflowConnection connection, String dagId, Duration waitTimeout, Duration pollInterval, RetryPolicy notParsedYet) {

  static AirflowConfig from(Settings settings) {
    Config defaults =
        ConfigFactory.parseResources(AirflowConfig.class.getClassLoader(), "conf/airflow.conf").resolve();
    Config c = settings.config().withFallback(defaults).getConfig("socialbench.airflow");
    String password = c.getString("password");
    if (password.isEmpty()) {
      throw new UserError(
          "no Airflow password: set SOCIALBENCH_AIRFLOW_PASSWORD (or socialbench.airflow.password in a --conf file)");
    }
    String url = c.getString("url");
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new UserError("socialbench.airflow.url must start with http:// or https://, got " + url);
    }
    return new AirflowConfig(
        new AirflowConnection(java.net.URI.create(url), c.getString("user"), password, c.getDuration("request-timeout")),
        c.getString("dag-id"),
        c.getDuration("wait.timeout"),
        c.getDuration("wait.poll-interval"),
        new RetryPolicy(
            c.getInt("not-parsed-retry.attempts"),
            c.getDuration("not-parsed-retry.first-delay"),
            c.getDuration("not-parsed-retry.max-delay")));
  }
}
