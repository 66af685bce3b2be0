package socialbench.airflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** One DAG run as the API reports it ({@code DAGRunResponse}); dates are ISO-8601 strings as sent. */
public record DagRun(
    String dagId,
    String runId,
    String logicalDate,
    String dataIntervalStart,
    String dataIntervalEnd,
    String runType,
    String state) {

  private static final Set<String> FINISHED = Set.of("success", "failed");

  static DagRun from(JsonNode n) {
    return new DagRun(
        n.path("dag_id").asText(),
        n.path("dag_run_id").asText(),
        text(n, "logical_date"),
        text(n, "data_interval_start"),
        text(n, "data_interval_end"),
        n.path("run_type").asText(),
        n.path("state").asText());
  }

  public boolean finished() {
    return FINISHED.contains(state);
  }

  static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
