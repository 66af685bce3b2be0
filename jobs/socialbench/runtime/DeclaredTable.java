package socialbench.runtime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * An ops table whose rows a Java class writes, declared once in a header file under {@code sql/ops/} in the
 * format of a model's header: {@code -- table: ops.NAME}, {@code -- comment: …} and one
 * {@code -- column: name TYPE [NOT NULL] | comment} per column, in order. It gives the table's
 * {@link TableSpec} (comments) and the schema its rows are created with (types, nullability).
 */
public record DeclaredTable(TableSpec spec, StructType schema) {
  private static final Pattern HEADER = Pattern.compile("^--\\s*([a-z]+):\\s*(.*)$");
  private static final Pattern COLUMN = Pattern.compile("^(\\w+)\\s+(.+?)(\\s+NOT NULL)?\\s*\\|\\s*(.+)$");

  /** The declaration in the resource {@code path} (e.g. {@code sql/ops/runs.sql}). */
  public static DeclaredTable load(String path) {
    return parse(path, Resources.text(path));
  }

  static DeclaredTable parse(String path, String text) {
    String name = null;
    String comment = null;
    StructType schema = new StructType();
    Map<String, String> comments = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      Matcher m = HEADER.matcher(line);
      if (!m.matches()) {
        if (line.isEmpty() || line.startsWith("--")) continue;
        throw new IllegalArgumentException(path + ":" + (i + 1) + ": a declared table has a header only");
      }
      String value = m.group(2).strip();
      switch (m.group(1)) {
        case "table" -> name = value;
        case "comment" -> comment = comment == null ? value : comment + " " + value;
        case "column" -> {
          Matcher c = COLUMN.matcher(value);
          if (!c.matches()) throw new IllegalArgumentException(path + ":" + (i + 1) + ": column must be 'name TYPE [NOT NULL] | comment'");
          DataType type;
          try {
            type = DataType.fromDDL(c.group(2));
          } catch (Exception e) { // Spark's ParseException is not a RuntimeException
            throw new IllegalArgumentException(path + ":" + (i + 1) + ": unknown type '" + c.group(2) + "'");
          }
          schema = schema.add(c.group(1), type, c.group(3) == null);
          comments.put(c.group(1), c.group(4).strip());
        }
        default -> throw new IllegalArgumentException(path + ":" + (i + 1) + ": unknown header '" + m.group(1) + "' (table, comment, column)");
      }
    }
    if (name == null || comment == null || comments.isEmpty()) {
      throw new IllegalArgumentException(path + ": a declared table needs '-- table:', '-- comment:' and its '-- column:' lines");
    }
    return new DeclaredTable(new TableSpec(name, List.of(), comment, comments), schema);
  }
}
