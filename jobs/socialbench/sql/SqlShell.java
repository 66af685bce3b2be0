package socialbench.sql;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;

/** Runs SQL statements against the warehouse session and prints their results. */
public final class SqlShell {
  private final SparkSession spark;
  private final OutputFormat format;
  private final Map<String, Object> params;
  private final PrintStream out;

  public SqlShell(SparkSession spark, OutputFormat format, Map<String, ?> params, PrintStream out) {
    this.spark = spark;
    this.format = format;
    this.params = new HashMap<>(params);
    this.out = out;
  }

  /** Runs every statement of the script; results of each statement that returns rows are printed. */
  public void runScript(String text) {
    for (String stmt : SqlScript.split(text)) {
      print(execute(stmt));
    }
  }

  public Dataset<Row> execute(String statement) {
    if (params.isEmpty() || !statement.contains(":")) {
      return spark.sql(statement);
    }
    return spark.sql(statement, params);
  }

  /** A prompt that reads statements ending with ';'. Returns 0, or 1 if the last statement failed. */
  public int interactive(BufferedReader in, boolean showPrompt) throws IOException {
    StringBuilder buf = new StringBuilder();
    int status = 0;
    if (showPrompt) out.print("socialbench> ");
    String line;
    while ((line = in.readLine()) != null) {
      String t = line.strip();
      if (buf.isEmpty() && (t.equalsIgnoreCase("quit") || t.equalsIgnoreCase("exit") || t.equals("\\q"))) {
        break;
      }
      buf.append(line).append('\n');
      if (SqlScript.isComplete(buf.toString())) {
        try {
          runScript(buf.toString());
          status = 0;
        } catch (RuntimeException e) {
          String msg = String.valueOf(e.getMessage());
          int nl = msg.indexOf('\n');
          out.println("error: " + (nl < 0 ? msg : msg.substring(0, nl)));
          status = 1;
        }
        buf.setLength(0);
      }
      if (showPrompt) out.print(buf.isEmpty() ? "socialbench> " : "         ...> ");
    }
    if (!buf.toString().isBlank()) {
      runScript(buf.toString());
    }
    return status;
  }

  public void print(Dataset<Row> df) {
    if (df.schema().isEmpty()) {
      return;
    }
    switch (format) {
      case JSON -> {
        for (String json : df.toJSON().collectAsList()) out.println(json);
      }
      case CSV -> printCsv(df);
      case TABLE -> printTable(df);
    }
    out.flush();
  }

  private static List<Row> asStrings(Dataset<Row> df) {
    StructField[] fields = df.schema().fields();
    Column[] cols = new Column[fields.length];
    for (int i = 0; i < fields.length; i++) {
      cols[i] = df.col("`" + fields[i].name().replace("`", "``") + "`").cast("string");
    }
    return df.select(cols).collectAsList();
  }

  private void printCsv(Dataset<Row> df) {
    String[] names = df.schema().fieldNames();
    out.println(csvLine(names));
    for (Row r : asStrings(df)) {
      String[] vals = new String[names.length];
      for (int i = 0; i < names.length; i++) vals[i] = r.isNullAt(i) ? "" : r.getString(i);
      out.println(csvLine(vals));
    }
  }

  static String csvLine(String[] vals) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < vals.length; i++) {
      if (i > 0) sb.append(',');
      String v = vals[i];
      if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
        sb.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(v);
      }
    }
    return sb.toString();
  }

  private void printTable(Dataset<Row> df) {
    String[] names = df.schema().fieldNames();
    List<Row> rows = asStrings(df);
    int[] width = new int[names.length];
    for (int i = 0; i < names.length; i++) width[i] = names[i].length();
    String[][] cells = new String[rows.size()][names.length];
    for (int r = 0; r < rows.size(); r++) {
      for (int i = 0; i < names.length; i++) {
        String v = rows.get(r).isNullAt(i) ? "NULL" : rows.get(r).getString(i).replace("\n", "\\n");
        cells[r][i] = v;
        width[i] = Math.max(width[i], v.length());
      }
    }
    out.println(tableLine(names, width));
    StringBuilder rule = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      if (i > 0) rule.append("-+-");
      rule.append("-".repeat(width[i]));
    }
    out.println(rule);
    for (String[] row : cells) out.println(tableLine(row, width));
    out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
  }

  private static String tableLine(String[] vals, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < vals.length; i++) {
      if (i > 0) sb.append(" | ");
      sb.append(vals[i]).append(" ".repeat(width[i] - vals[i].length()));
    }
    return sb.toString().stripTrailing();
  }
}
