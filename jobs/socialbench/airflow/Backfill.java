package socialbench.airflow;

import com.fasterxml.jackson.databind.JsonNode;

/** A backfill ({@code BackfillResponse}): runs of {@code dagId} for every interval from {@code fromDate} to {@code toDate}. */
public record Backfill(long id, String dagId, String fromDate, String toDate, String reprocessBehavior, String completedAt) {

  static Backfill from(JsonNode n) {
    return new Backfill(
        n.path("id").asLong(),
        n.path("dag_id").asText(),
        n.path("from_date").asText(),
        n.path("to_date").asText(),
        n.path("reprocess_behavior").asText(),
        DagRun.text(n, "completed_at"));
  }
}
