package socialbench.airflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * The JWT of one user: logs in through {@code POST /auth/token} (the API server's auth manager, simple or
 * FAB, both answer {@code {"access_token": …}}) on first use, reuses the token, and logs in again only
 * after {@link #forget(String)} (the API answered 401: expired). The token and password are never logged.
 */
final class AirflowTokens {
  private final AirflowConnection connection;
  private final HttpClient http;
  private final ObjectMapper json;
  private String token;
  private int logins;

  AirflowTokens(AirflowConnection connection, HttpClient http, ObjectMapper json) {
    this.connection = connection;
    this.http = http;
    this.json = json;
  }

  synchronized String current() {
    if (token == null) {
      token = login();
      logins++;
    }
    return token;
  }

  /** Drops {@code rejected} if it is still the current token, so the next call logs in again. */
  synchronized void forget(String rejected) {
    if (rejected.equals(token)) {
      token = null;
    }
  }

  synchronized int logins() {
    return logins;
  }

  private String login() {
    String body;
    try {
      body = json.writeValueAsString(Map.of("username", connection.username(), "password", connection.password()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    HttpRequest request =
        HttpRequest.newBuilder(connection.resolve("/auth/token"))
            .timeout(connection.requestTimeout())
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = AirflowHttp.send(http, request, "POST /auth/token");
    if (response.statusCode() / 100 != 2) {
      throw new AirflowApiException(
          response.statusCode(),
          "POST /auth/token (login as " + connection.username() + ")",
          ErrorDetail.of(json, response.body()));
    }
    try {
      JsonNode answer = json.readTree(response.body());
      String accessToken = answer.path("access_token").asText("");
      if (accessToken.isEmpty()) {
        throw new AirflowApiException(response.statusCode(), "POST /auth/token", "the answer holds no access_token");
      }
      return accessToken;
    } catch (IOException e) {
      throw new AirflowApiException(response.statusCode(), "POST /auth/token", "the answer is not JSON");
    }
  }
}
