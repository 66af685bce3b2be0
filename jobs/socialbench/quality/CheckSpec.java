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
 * inputs that breaks a rule; the query reads any table and ignores {@code scope}; {@code table} says which
 * table the rule is about, and the check is skipped while it does not exist).
 *
 * <p>The uniqueness check of each table a model writes is not declared here: it is derived from the
 * model's {@code -- key:} ({@link QualityChecks#keyCheck}).
 */
public record CheckSpec(
    String id,
    String table,
    CheckType type,
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

  /** A check written inline (tests); errors name it as {@code check}. */
  static CheckSpec from(Config c) {
    return from("check", c);
  }

  /**
   * Reads one check of {@code file}: the type must be one of {@link CheckType} and the fields it needs must be
   * there; an error names the file, the check and what is wrong.
   */
  static CheckSpec from(String file, Config c) {
    String table = c.hasPath("table") ? c.getString("table") : null;
    String typeName = c.hasPath("type") ? c.getString("type") : null;
    List<String> columns = c.hasPath("columns") ? c.getStringList("columns") : List.of();
    String id = c.hasPath("id") ? c.getString("id") : table + ":" + typeName + (columns.isEmpty() ? "" : ":" + String.join(",", columns));
    String where = file + ": check " + id;
    if (typeName == null) throw new IllegalArgumentException(where + ": type is missing (one of " + CheckType.allowed() + ")");
    CheckType type = CheckType.parse(where, typeName);
    if (table == null) throw new IllegalArgumentException(where + ": table is missing");
    switch (type) {
      case NOT_NULL, UNIQUE, NON_NEGATIVE -> require(where, c, "columns");
      case RELATIONSHIP -> { require(where, c, "columns"); require(where, c, "references"); }
      case EXPRESSION -> require(where, c, "condition");
      case FLAGGED -> require(where, c, "flag");
      case ROW_COUNT_ANOMALY -> require(where, c, "date-column");
      case FAILING_ROWS -> require(where, c, "query");
    }
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

  /** This check with another scope. */
  CheckSpec withScope(String newScope) {
    return new CheckSpec(id, table, type, columns, references, referenceColumns, condition, query, flag, newScope, dateColumn,
        tolerance, blocking, description);
  }

  private static void require(String where, Config c, String field) {
    if (!c.hasPath(field)) throw new IllegalArgumentException(where + ": " + field + " is missing");
  }
}
