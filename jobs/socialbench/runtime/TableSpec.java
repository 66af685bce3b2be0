package socialbench.runtime;

import java.util.List;
import java.util.Map;

/**
 * What a Delta table is: its qualified name ({@code dw.fct_page_daily}), partition columns, table
 * comment and one comment per column (docs/design.md §10: every documented column carries a comment), and the
 * columns Delta keeps file statistics for ({@code delta.dataSkippingStatsColumns}; empty: Delta's default, the
 * first 32 columns).
 */
public record TableSpec(String name, List<String> partitionBy, String comment, Map<String, String> columnComments,
    List<String> statsColumns) {

  public TableSpec {
    if (name.indexOf('.') < 0) throw new IllegalArgumentException("table name must be database.table: " + name);
    partitionBy = List.copyOf(partitionBy);
    columnComments = Map.copyOf(columnComments);
    statsColumns = List.copyOf(statsColumns);
  }

  /** A table with Delta's default statistics columns. */
  public TableSpec(String name, List<String> partitionBy, String comment, Map<String, String> columnComments) {
    this(name, partitionBy, comment, columnComments, List.of());
  }

  public String database() {
    return name.substring(0, name.indexOf('.'));
  }

  public String table() {
    return name.substring(name.indexOf('.') + 1);
  }
}
