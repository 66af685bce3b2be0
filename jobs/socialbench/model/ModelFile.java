package socialbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import socialbench.runtime.TableSpec;

/**
 * One model: a {@code .sql} file under {@code sql/} whose header comment block declares what it is.
 *
 * <pre>
 * -- view: int_post_snapshot_tail            (a temporary view), or
 * -- table: dw.fct_post_snapshot             (a Delta table written through TableWriter), or
 * -- params: night bounds                    (one row; its columns become named parameters)
 * -- materialize: checkpoint                 (views only: compute once, now)
 * -- when: always | reference | empty         (tables only: write every night (the default) / only when
 *                                             the night lands reference files / when the table is empty;
 *                                             always with --full)
 * -- key: org_id, platform, post_id          (tables: the columns that identify a row; the quality check
 *                                             of its uniqueness is derived from it, and "write: merge"
 *                                             merges by it)
 * -- comment: One row per post and export date.
 * -- partition: export_date
 * -- write: slice export_date from scope_orgs | merge | merge platform, post_id | overwrite
 *            | merge org_id, post_id within published_date
 *            | merge org_id, lead_id_hash within created_date replacing int_lead_stored
 *                                             (merge without columns merges by the key; with columns
 *                                             they are the key, and a key header must name the same;
 *                                             "within COLUMN" confines the merge to each organization's
 *                                             rows from its earliest merged COLUMN value on; "replacing
 *                                             VIEW" names an earlier view that holds the stored rows with
 *                                             the night's keys, so the writer reads their COLUMN there
 *                                             instead of looking the keys up in the whole table again)
 * -- column: post_id STRING | The platform's post id.
 * -- tracks: published_date of post_id, platform, likes_d7   (tables only: record in ops.changed_months the
 *                                             older months whose rows (these columns, default all) the
 *                                             night changes, so bench recomputes them; see ChangedMonths)
 * -- removes: org_id, platform, post_id in int_post_removed  (tables only: after the write, delete the rows
 *                                             whose key is a row of that view, whatever their date)
 * -- stats: org_id, page_id, published_date  (tables only: the columns Delta keeps min/max statistics for,
 *                                             delta.dataSkippingStatsColumns: those that reads and the slice
 *                                             writes filter on. Without it Delta's default, the first 32
 *                                             columns; each statistics column costs every written row)
 * </pre>
 *
 * Everything after the header is the query (one SELECT, parameters as {@code :name}).
 */
public record ModelFile(
    String path,
    Kind kind,
    String name,
    boolean checkpoint,
    When when,
    String comment,
    List<String> partitionBy,
    WriteMode write,
    List<String> key,
    List<Column> columns,
    Tracking tracks,
    Removal removes,
    List<String> stats,
    String query) {

  public enum Kind { VIEW, TABLE, PARAMS }

  /** When a table model is written ({@code -- when:}); read as its lower-case name. */
  public enum When {
    ALWAYS, REFERENCE, EMPTY;

    static When parse(String path, String value) {
      for (When w : values()) if (w.toString().equals(value)) return w;
      throw new IllegalArgumentException(path + ": when must be one of always, reference, empty; got '" + value + "'");
    }

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** How a table model is written ({@code -- write:}): replace whole, merge by key, or replace per-organization slices. */
  public enum Write {
    OVERWRITE, MERGE, SLICE;

    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A declared output column: name, Spark SQL type and comment. */
  public record Column(String name, String type, String comment) {}

  /**
   * How a table model is written: slice (per-org tail on a date column), merge by key, or overwrite. A merge
   * with a {@code sliceColumn} ({@code merge k1, k2 within COLUMN}) is a merge confined to per-organization
   * slices of that date column: see {@link MergeWithinSlices}. {@code sliceView} is, for a slice, the view of
   * each organization's from date; for a merge within a column, the optional view of the stored rows the
   * night's keys replace ({@code replacing VIEW}).
   */
  public record WriteMode(Write how, List<String> keys, String sliceColumn, String sliceView) {
    static WriteMode overwrite() {
      return new WriteMode(Write.OVERWRITE, List.of(), null, null);
    }
  }

  /** Rows deleted after the write: those whose {@code keys} match a row of the view {@code view}. */
  public record Removal(List<String> keys, String view) {}

  /** Which rows ops.changed_months follows: the month of {@code dateColumn}, over {@code columns} (empty: all). */
  public record Tracking(String dateColumn, List<String> columns) {}

  private static final Pattern HEADER = Pattern.compile("^--\\s*([a-z]+):\\s*(.*)$");
  private static final Pattern COLUMN = Pattern.compile("^(\\w+)\\s+(.+?)\\s*\\|\\s*(.+)$");
  private static final Pattern SLICE = Pattern.compile("^slice\\s+(\\w+)\\s+from\\s+(\\w+)$");
  private static final Pattern MERGE_WITHIN = Pattern.compile("^merge(?:\\s+(.*?))?\\s+within\\s+(\\w+)(?:\\s+replacing\\s+(\\w+))?$");
  private static final Pattern REMOVES = Pattern.compile("^(\\w+(?:\\s*,\\s*\\w+)*)\\s+in\\s+(\\w+)$");

  public static ModelFile parse(String path, String text) {
    Kind kind = null;
    String name = null;
    boolean checkpoint = false;
    When when = When.ALWAYS;
    List<String> key = List.of();
    String comment = null;
    List<String> partitionBy = new ArrayList<>();
    WriteMode write = WriteMode.overwrite();
    List<Column> columns = new ArrayList<>();
    Tracking tracks = null;
    Removal removes = null;
    List<String> stats = List.of();
    StringBuilder query = new StringBuilder();
    boolean inHeader = true;
    for (String line : text.split("\n", -1)) {
      Matcher m = HEADER.matcher(line.strip());
      if (inHeader && m.matches()) {
        String header = m.group(1);
        String value = m.group(2).strip();
        switch (header) {
          case "view" -> { kind = Kind.VIEW; name = value; }
          case "table" -> { kind = Kind.TABLE; name = value; }
          case "params" -> { kind = Kind.PARAMS; name = value; }
          case "materialize" -> checkpoint = value.equals("checkpoint");
          case "when" -> when = When.parse(path, value);
          case "key" -> key = columnList(value);
          case "comment" -> comment = comment == null ? value : comment + " " + value;
          case "partition" -> partitionBy.add(value);
          case "write" -> write = writeMode(path, value);
          case "column" -> columns.add(column(path, value));
          case "tracks" -> tracks = tracking(value);
          case "removes" -> removes = removal(path, value);
          case "stats" -> stats = columnList(value);
          default -> throw new IllegalArgumentException(path + ": unknown header '" + header + "'");
        }
      } else if (inHeader && (line.isBlank() || line.strip().startsWith("--"))) {
        // blank lines and free comments inside the header
      } else {
        inHeader = false;
        query.append(line).append('\n');
      }
    }
    if (kind == null) throw new IllegalArgumentException(path + ": header must start with '-- view:', '-- table:' or '-- params:'");
    if (kind == Kind.TABLE && columns.isEmpty()) throw new IllegalArgumentException(path + ": a table model declares its columns");
    if (kind != Kind.TABLE && !key.isEmpty()) throw new IllegalArgumentException(path + ": only a table model has a key");
    if (write.how() == Write.MERGE) {
      if (write.keys().isEmpty() && key.isEmpty()) {
        throw new IllegalArgumentException(path + ": 'write: merge' needs the key: '-- key: k1, k2' or 'write: merge k1, k2'");
      }
      if (!write.keys().isEmpty() && !key.isEmpty() && !write.keys().equals(key)) {
        throw new IllegalArgumentException(path + ": 'write: merge " + String.join(", ", write.keys()) + "' names another key than '-- key: "
            + String.join(", ", key) + "'");
      }
      if (key.isEmpty()) key = write.keys();
      String within = write.sliceColumn();
      if (within != null) {
        if (!declared(columns, within)) {
          throw new IllegalArgumentException(path + ": 'within " + within + "' is not a declared column");
        }
      }
      write = new WriteMode(Write.MERGE, key, within, write.sliceView());
    }
    if (write.how() == Write.SLICE) {
      String column = write.sliceColumn();
      if (!declared(columns, column)) {
        throw new IllegalArgumentException(path + ": 'slice " + column + "' is not a declared column");
      }
    }
    for (String k : key) {
      if (!declared(columns, k)) {
        throw new IllegalArgumentException(path + ": key column " + k + " is not a declared column");
      }
    }
    if (removes != null && kind != Kind.TABLE) throw new IllegalArgumentException(path + ": only a table model removes rows");
    if (!stats.isEmpty() && kind != Kind.TABLE) throw new IllegalArgumentException(path + ": only a table model has statistics columns");
    for (String c : stats) {
      if (!declared(columns, c)) {
        throw new IllegalArgumentException(path + ": stats column " + c + " is not a declared column");
      }
      if (partitionBy.contains(c)) throw new IllegalArgumentException(path + ": stats column " + c + " is a partition column (Delta prunes those by directory)");
    }
    return new ModelFile(path, kind, name, checkpoint, when, comment, partitionBy, write, key, columns, tracks, removes, stats,
        query.toString().strip());
  }

  private static boolean declared(List<Column> columns, String name) {
    return columns.stream().anyMatch(c -> c.name().equals(name));
  }

  private static WriteMode writeMode(String path, String value) {
    if (value.equals("overwrite")) return WriteMode.overwrite();
    Matcher within = MERGE_WITHIN.matcher(value);
    if (within.matches()) {
      return new WriteMode(Write.MERGE, within.group(1) == null ? List.of() : columnList(within.group(1)), within.group(2), within.group(3));
    }
    if (value.equals("merge")) return new WriteMode(Write.MERGE, List.of(), null, null);
    if (value.startsWith("merge ")) return new WriteMode(Write.MERGE, columnList(value.substring(6)), null, null);
    Matcher m = SLICE.matcher(value);
    if (m.matches()) return new WriteMode(Write.SLICE, List.of(), m.group(1), m.group(2));
    throw new IllegalArgumentException(path + ": write must be 'overwrite', 'merge', 'merge k1, k2', 'merge k1, k2 within COLUMN [replacing VIEW]' or 'slice COLUMN from VIEW'; got '" + value + "'");
  }

  private static List<String> columnList(String value) {
    List<String> out = new ArrayList<>();
    for (String k : value.split(",")) if (!k.isBlank()) out.add(k.strip());
    return List.copyOf(out);
  }

  private static Tracking tracking(String value) {
    String[] parts = value.split("\\s+of\\s+", 2);
    List<String> cols = new ArrayList<>();
    if (parts.length == 2) for (String c : parts[1].split(",")) cols.add(c.strip());
    return new Tracking(parts[0].strip(), cols);
  }

  private static Removal removal(String path, String value) {
    Matcher m = REMOVES.matcher(value);
    if (!m.matches()) throw new IllegalArgumentException(path + ": removes must read 'k1, k2 in VIEW': " + value);
    List<String> keys = new ArrayList<>();
    for (String k : m.group(1).split(",")) keys.add(k.strip());
    return new Removal(keys, m.group(2));
  }

  /** The query text plus the view a {@code removes} header names: what the model uses, for the order checks. */
  String usedText() {
    String used = write.sliceView() == null ? query : query + "\n-- write from " + write.sliceView();
    return removes == null ? used : used + "\n-- removes " + removes.view();
  }

  private static Column column(String path, String value) {
    Matcher m = COLUMN.matcher(value);
    if (!m.matches()) throw new IllegalArgumentException(path + ": column must read 'name TYPE | comment': " + value);
    return new Column(m.group(1), m.group(2), m.group(3));
  }

  public TableSpec tableSpec() {
    java.util.Map<String, String> comments = new java.util.LinkedHashMap<>();
    for (Column c : columns) comments.put(c.name(), c.comment());
    return new TableSpec(name, partitionBy, comment, comments, stats);
  }
}
