package socialbench.airflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads every page of an Airflow collection ({@code limit}/{@code offset} query parameters; the answer
 * holds the page in {@code itemsField} and the count of all matches in {@code total_entries}).
 */
final class Pages {
  private Pages() {}

  static <T> List<T> readAll(
      AirflowHttp http, String path, Map<String, ?> filters, String itemsField, int pageSize, Function<JsonNode, T> item) {
    List<T> all = new ArrayList<>();
    int offset = 0;
    while (true) {
      Map<String, Object> query = new LinkedHashMap<>(filters);
      query.put("limit", pageSize);
      query.put("offset", offset);
      JsonNode page = http.get(path, query);
      JsonNode items = page.path(itemsField);
      items.forEach(n -> all.add(item.apply(n)));
      offset += items.size();
      if (items.isEmpty() || offset >= page.path("total_entries").asLong()) {
        return all;
      }
    }
  }
}
