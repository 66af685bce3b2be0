package socialbench.airflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * JSON calls to {@code /api/v2} with the bearer token: a 401 (the token expired) gets one new login and
 * one retry; any other non-2xx answer becomes an {@link AirflowApiException} carrying the server's detail.
 */
final class AirflowHttp {
  private final AirflowConnection connection;
  private final HttpClient http;
  private final ObjectMapper json;
  private final AirflowTokens tokens;

  AirflowHttp(AirflowConnection connection) {
    this.connection = connection;
    // HTTP/1.1: the default HTTP/2 upgrade on a cleartext POST reaches uvicorn without its body.
    this.http =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(connection.requestTimeout()).build();
    this.json = new ObjectMapper();
    this.tokens = new AirflowTokens(connection, http, json);
  }

  ObjectMapper json() {
    return json;
  }

  AirflowTokens tokens() {
    return tokens;
  }

  JsonNode get(String path, Map<String, ?> query) {
    return call("GET", path + queryString(query), null);
  }

  JsonNode post(String path, Object body) {
    return call("POST", path, body);
  }

  JsonNode patch(String path, Object body) {
    return call("PATCH", path, body);
  }

  private JsonNode call(String method, String pathAndQuery, Object body) {
    String payload;
    try {
      payload = body == null ? null : json.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot write the request body as JSON", e);
    }
    String name = method + " " + pathAndQuery;
    String token = tokens.current();
    HttpResponse<String> response = send(http, request(method, pathAndQuery, payload, token), name);
    if (response.statusCode() == 401) {
      tokens.forget(token);
      response = send(http, request(method, pathAndQuery, payload, tokens.current()), name);
    }
    if (response.statusCode() / 100 != 2) {
      throw new AirflowApiException(response.statusCode(), name, ErrorDetail.of(json, response.body()));
    }
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new AirflowApiException(response.statusCode(), name, "the answer is not JSON");
    }
  }

  private HttpRequest request(String method, String pathAndQuery, String payload, String token) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(connection.resolve(pathAndQuery))
            .timeout(connection.requestTimeout())
            .header("Authorization", "Bearer " + token)
            .header("Accept", "application/json");
    if (payload == null) {
      return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    return b.header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(payload))
        .build();
  }

  static HttpResponse<String> send(HttpClient http, HttpRequest request, String name) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AirflowApiException(
          "cannot reach Airflow at " + request.uri().getScheme() + "://" + request.uri().getAuthority()
              + " for " + name + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AirflowApiException("interrupted while calling " + name, e);
    }
  }

  /** One path segment (a run id such as {@code manual__2024-03-05T00:00:00+00:00}) escaped for a URL. */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String queryString(Map<String, ?> query) {
    if (query == null || query.isEmpty()) {
      return "";
    }
    StringJoiner q = new StringJoiner("&", "?", "");
    query.forEach((k, v) -> q.add(segment(k) + "=" + segment(String.valueOf(v))));
    return q.toString();
  }
}
