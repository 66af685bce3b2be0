package socialbench.airflow;

import com.fasterxml.jackson.databind.JsonNode;

/** An asset known to Airflow ({@code AssetResponse}): its numeric id is what asset events refer to. */
public record AirflowAsset(long id, String name, String uri, String group) {

  static AirflowAsset from(JsonNode n) {
    return new AirflowAsset(n.path("id").asLong(), n.path("name").asText(), n.path("uri").asText(), n.path("group").asText());
  }
}
