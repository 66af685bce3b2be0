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
 * -- when: reference | empty                  (tables only: write only when the night lands reference
 *                                             files / when the table is empty; always with --full)
 * -- comment: One row per post and export date.
 * -- partition: export_date
 * -- write: slice export_date from scope_orgs | merge platform, post_id | overwrite
 * -- column: post_id STRING | The platform's post id.
 * -- tracks: published_date of post_id, platform, likes_d7   (tables only: record in ops.changed_months the
 *                                             older months whose rows (these columns, default all) the
 *                                             night changes, so bench recomputes them; see ChangedMonths)
 * -- removes: org_id, platform, post_id in int_post_removed  (tables only: after the write, delete the rows
 *                                             whose key is a row of that view, whatever their date)
 * </pre>
 *
 * Everything after the header is the query (one SELECT, parameters as {@code :name}).
 */
public record ModelFile(
    String path,
    Kind kind,
    String name,
    boolean checkpoint,
    String when,
    String comment,
    List<String> partitionBy,
    WriteMode write,
    List<Column> columns,
    Tracking tracks,
    Removal removes,
    String query) {

  public enum Kind { VIEW, TABLE, PARAMS }

  /** A declared output column: name, Spark SQL type and comment. */
  public record Column(String name, String type, String comment) {}

  /** How a table model is written: slice (per-org tail on a date column), merge by key, or overwrite. */
  public record WriteMode(String how, List<String> keys, String sliceColumn, String sliceView) {
    static WriteMode overwrite() {
      return new WriteMode("overwrite", List.of(), null, null);
    }
  }

  /** Rows deleted after the write: those whose {@code keys} match a row of the view {@code view}. */
  public record Removal(List<String> keys, String view) {}

  /** Which rows ops.changed_months follows: the month of {@code dateColumn}, over {@code columns} (empty: all). */
  public record Tracking(String dateColumn, List<String> columns) {}

  private static final Pattern HEADER = Pattern.compile("^--\\s*([a-z]+):\\s*(.*)$");
  private static final Pattern COLUMN = Pattern.compile("^(\\w+)\\s+(.+?)\\s*\\|\\s*(.+)$");
  private static final Pattern SLICE = Pattern.compile("^slice\\s+(\\w+)\\s+from\\s+(\\w+)$");
  private static final Pattern REMOVES = Pattern.compile("^(\\w+(?:\\s*,\\s*\\w+)*)\\s+in\\s+(\\w+)$");

  public static ModelFile parse(String path, String text) {
    Kind kind = null;
    String name = null;
    boolean checkpoint = false;
    String when = "always";
    String comment = null;
    List<String> partitionBy = new ArrayList<>();
    WriteMode write = WriteMode.overwrite();
    List<Column> columns = new ArrayList<>();
    Tracking tracks = null;
    Removal removes = null;
    StringBuilder query = new StringBuilder();
    boolean inHeader = true;
    for (String line : text.split("\n", -1)) {
      Matcher m = HEADER.matcher(line.strip());
      if (inHeader && m.matches()) {
        String key = m.group(1);
        String value = m.group(2).strip();
        switch (key) {
          case "view" -> { kind = Kind.VIEW; name = value; }
          case "table" -> { kind = Kind.TABLE; name = value; }
          case "params" -> { kind = Kind.PARAMS; name = value; }
          case "materialize" -> checkpoint = value.equals("checkpoint");
          case "when" -> when = value;
          case "comment" -> comment = comment == null ? value : comment + " " + value;
          case "partition" -> partitionBy.add(value);
          case "write" -> write = writeMode(path, value);
          case "column" -> columns.add(column(path, value));
          case "tracks" -> tracks = tracking(value);
          case "removes" -> removes = removal(path, value);
          default -> throw new IllegalArgumentException(path + ": unknown header '" + key + "'");
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
    if (removes != null && kind != Kind.TABLE) throw new IllegalArgumentException(path + ": only a table model removes rows");
    return new ModelFile(path, kind, name, checkpoint, when, comment, partitionBy, write, columns, tracks, removes, query.toString().strip());
  }

  private static WriteMode writeMode(String path, String value) {
    if (value.equals("overwrite")) return WriteMode.overwrite();
    if (value.startsWith("merge ")) {
      List<String> keys = new ArrayList<>();
      for (String k : value.substring(6).split(",")) keys.add(k.strip());
      return new WriteMode("merge", keys, null, null);
    }
    Matcher m = SLICE.matcher(value);
    if (m.matches()) return new WriteMode("slice", List.of(), m.group(1), m.group(2));
    throw new IllegalArgumentException(path + ": write must be 'overwrite', 'merge k1, k2' or 'slice COLUMN from VIEW': " + value);
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
    return removes == null ? query : query + "\n-- removes " + removes.view();
  }

  private static Column column(String path, String value) {
    Matcher m = COLUMN.matcher(value);
    if (!m.matches()) throw new IllegalArgumentException(path + ": column must read 'name TYPE | comment': " + value);
    return new Column(m.group(1), m.group(2), m.group(3));
  }

  public TableSpec tableSpec() {
    java.util.Map<String, String> comments = new java.util.LinkedHashMap<>();
    for (Column c : columns) comments.put(c.name(), c.comment());
    return new TableSpec(name, partitionBy, comment, comments);
  }
}
