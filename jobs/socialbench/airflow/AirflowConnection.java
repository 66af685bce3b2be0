package socialbench.airflow;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where an Airflow 3 API server is and who logs in: the base URL (without {@code /api/v2}), the user and
 * the password. {@link #toString()} never shows the password.
 */
public record AirflowConnection(URI baseUrl, String username, String password, Duration requestTimeout) {

  public AirflowConnection {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    String text = baseUrl.toString();
    if (text.endsWith("/")) {
      baseUrl = URI.create(text.substring(0, text.length() - 1));
    }
  }

  public static AirflowConnection of(String baseUrl, String username, String password) {
    return new AirflowConnection(URI.create(baseUrl), username, password, Duration.ofSeconds(30));
  }

  /** The absolute URI of a path such as {@code /api/v2/dags} on this server. */
  URI resolve(String pathAndQuery) {
    return URI.create(baseUrl + pathAndQuery);
  }

  @Override
  public String toString() {
    return "AirflowConnection[" + baseUrl + " as " + username + ", password ****]";
  }
}
