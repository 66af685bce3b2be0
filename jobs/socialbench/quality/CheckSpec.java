package socialbench.quality;

import com.typesafe.config.Config;
import java.util.List;

/**
 * One quality check declared as data in {@code sql/checks/*.conf} (docs/design.md §8). Every check compiles
 * to one SQL query counting the offending rows of {@code table} (within {@code scope}, a predicate that
 * may use {@code :ds}, the logical date).
 *
 * <p>Types: {@code not_null} (columns), {@code unique} (columns form a key), {@code relationship}
 * (columns must exist in {@code references}), {@code expression} (rows where {@code condition} is false,
 * e.g. reconciliation {@code rows_read = rows_landed + rows_rejected}), {@code non_negative} (columns),
 * {@code flagged} (rows where the boolean {@code flag} column is true, e.g. falling cumulative metrics),
 * {@code row_count_anomaly} (rows of the night vs the trailing 28 nights, by {@code date-column}),
 * {@code failing_rows} (the rows a {@code query} returns, e.g. a published statistic recomputed from its
 * inputs that breaks a rule; the query reads any table and ignores {@code table} and {@code scope}).
 */
public record CheckSpec(
    String id,
    String table,
    String type,
    List<String> columns,
    String references,
    List<String> referenceColumns,
    String condition,
    String query,
    String flag,
    String scope,
    String dateColumn,
    double tolerance,
    boolean blocking,
    String description) {

  static CheckSpec from(Config c) {
    String table = c.getString("table");
    String type = c.getString("type");
    List<String> columns = c.hasPath("columns") ? c.getStringList("columns") : List.of();
    String id = c.hasPath("id") ? c.getString("id") : table + ":" + type + (columns.isEmpty() ? "" : ":" + String.join(",", columns));
    return new CheckSpec(
        id,
        table,
        type,
        columns,
        c.hasPath("references") ? c.getString("references") : null,
        c.hasPath("reference-columns") ? c.getStringList("reference-columns") : columns,
        c.hasPath("condition") ? c.getString("condition") : null,
        c.hasPath("query") ? c.getString("query") : null,
        c.hasPath("flag") ? c.getString("flag") : null,
        c.hasPath("scope") ? c.getString("scope") : "true",
        c.hasPath("date-column") ? c.getString("date-column") : null,
        c.hasPath("tolerance") ? c.getDouble("tolerance") : 0.5,
        !c.hasPath("blocking") || c.getBoolean("blocking"),
        c.hasPath("description") ? c.getString("description") : "");
  }
}
