package socialbench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.ListedFiles;
import socialbench.runtime.Resources;

/**
 * Registers the analyst views listed in {@code sql/views/views.list} in a session (as temporary views: the
 * warehouse directory is the catalog, so views live in the session that asks for them). The list is read
 * and checked when the class loads: every entry is a file {@code views/NAME.sql} that exists and creates
 * the temporary view NAME; an error names the list's file and line.
 */
public final class AnalystViews {
  static final String LIST = "sql/views/views.list";
  /** The view names, in listed order. */
  public static final List<String> VIEWS = names(ListedFiles.load(LIST));

  private AnalystViews() {}

  static List<String> names(List<ListedFiles.Entry> entries) {
    List<String> out = new ArrayList<>();
    for (ListedFiles.Entry e : entries) {
      if (!e.file().matches("views/\\w+\\.sql") || !e.words().isEmpty()) {
        throw new IllegalStateException(e.where() + ": an entry is one file views/NAME.sql, got '" + String.join(" ", e.file(), String.join(" ", e.words())).strip() + "'");
      }
      String name = e.file().substring("views/".length(), e.file().length() - ".sql".length());
      Pattern creates = Pattern.compile("(?im)^\\s*create\\s+or\\s+replace\\s+temporary\\s+view\\s+" + name + "\\b");
      if (!creates.matcher(e.text()).find()) {
        throw new IllegalStateException(e.where() + ": " + e.file() + " does not create the temporary view " + name);
      }
      out.add(name);
    }
    return List.copyOf(out);
  }

  public static void register(SparkSession spark) {
    for (String view : VIEWS) {
      spark.sql(read("sql/views/" + view + ".sql"));
    }
  }

  static String read(String resource) {
    return Resources.text(resource);
  }
}
