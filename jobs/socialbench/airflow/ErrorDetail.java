package socialbench.airflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the {@code detail} of an Airflow error body into one line. It is a string ({@code
 * HTTPExceptionResponse}), an object (a database conflict: {@code reason} and {@code message}), or a list
 * of validation errors ({@code HTTPValidationError}: {@code loc} and {@code msg} each).
 */
final class ErrorDetail {
  private ErrorDetail() {}

  static String of(ObjectMapper json, String body) {
    if (body == null || body.isBlank()) {
      return "(no detail)";
    }
    JsonNode detail;
    try {
      detail = json.readTree(body).path("detail");
    } catch (Exception notJson) {
      return oneLine(body);
    }
    if (detail.isTextual()) {
      return oneLine(detail.asText());
    }
    if (detail.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode error : detail) {
        List<String> loc = new ArrayList<>();
        error.path("loc").forEach(l -> loc.add(l.asText()));
        parts.add(String.join(".", loc) + ": " + error.path("msg").asText());
      }
      return oneLine(String.join("; ", parts));
    }
    if (detail.isObject()) {
      String reason = detail.path("reason").asText("");
      String message = detail.path("message").asText("");
      if (!reason.isEmpty() || !message.isEmpty()) {
        return oneLine(reason.isEmpty() ? message : message.isEmpty() ? reason : reason + " (" + message + ")");
      }
      return oneLine(detail.toString());
    }
    return oneLine(body);
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ").trim();
  }
}
