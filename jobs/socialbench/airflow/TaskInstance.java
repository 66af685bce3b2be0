package socialbench.airflow;

import com.fasterxml.jackson.databind.JsonNode;

/** One task instance of a run ({@code TaskInstanceResponse}); {@code state} is null before it is scheduled. */
public record TaskInstance(String taskId, String runId, String state, int tryNumber, int maxTries) {

  static TaskInstance from(JsonNode n) {
    return new TaskInstance(
        n.path("task_id").asText(),
        n.path("dag_run_id").asText(),
        DagRun.text(n, "state"),
        n.path("try_number").asInt(),
        n.path("max_tries").asInt());
  }
}
