package socialbench.airflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;

/** An asset event ({@code AssetEventResponse}) with its {@code extra} as text values. */
public record AssetEvent(long id, long assetId, String uri, String timestamp, Map<String, String> extra) {

  static AssetEvent from(JsonNode n) {
    Map<String, String> extra = new TreeMap<>();
    n.path("extra").fields().forEachRemaining(e -> extra.put(e.getKey(), e.getValue().asText()));
    return new AssetEvent(n.path("id").asLong(), n.path("asset_id").asLong(), n.path("uri").asText(), n.path("timestamp").asText(), extra);
  }
}
