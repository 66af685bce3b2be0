package socialbench.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import socialbench.runtime.ListedFiles;

/**
 * One Parquet table of an agency extract and the query of {@code sql/export/<name>.sql} that fills it:
 * either the agency's clients' own rows, or published (unsuppressed) cohort statistics of cohorts with at least k
 * organizations outside the agency's clients. The tables are declared in {@code sql/export/exports.list}, read
 * and checked when the class loads: each entry is an existing {@code export/NAME.sql} and its kind
 * ({@code client} or {@code cohort}); the parameters are those of {@link #PARAMETERS} the query names, and
 * naming any other is an error. Errors name the list's file and line.
 */
public record ExportTable(String name, Kind kind, List<String> parameters) {
  public enum Kind { CLIENT, COHORT }

  static final String LIST = "sql/export/exports.list";
  /** The parameters an export binds, in this order. */
  static final List<String> PARAMETERS = List.of("month_start", "month_end", "k");
  private static final Pattern PARAM_REF = Pattern.compile("(?<![:\\w]):(\\w+)");

  /** The tables of an extract, in the manifest's order. */
  public static final List<ExportTable> ALL = load(ListedFiles.load(LIST));

  static List<ExportTable> load(List<ListedFiles.Entry> entries) {
    List<ExportTable> out = new ArrayList<>();
    for (ListedFiles.Entry e : entries) {
      if (!e.file().matches("export/\\w+\\.sql")) {
        throw new IllegalStateException(e.where() + ": an entry names a file export/NAME.sql, got '" + e.file() + "'");
      }
      if (e.words().size() != 1 || !List.of("client", "cohort").contains(e.words().get(0))) {
        throw new IllegalStateException(e.where() + ": " + e.file() + " needs one kind, client or cohort, got '" + String.join(" ", e.words()) + "'");
      }
      Set<String> used = new LinkedHashSet<>();
      Matcher p = PARAM_REF.matcher(withoutComments(e.text()));
      while (p.find()) used.add(p.group(1));
      for (String u : used) {
        if (!PARAMETERS.contains(u)) {
          throw new IllegalStateException(e.where() + ": " + e.file() + " uses :" + u + "; an export query may use :" + String.join(", :", PARAMETERS));
        }
      }
      String name = e.file().substring("export/".length(), e.file().length() - ".sql".length());
      out.add(new ExportTable(name, Kind.valueOf(e.words().get(0).toUpperCase(Locale.ROOT)),
          PARAMETERS.stream().filter(used::contains).toList()));
    }
    return List.copyOf(out);
  }

  private static String withoutComments(String sql) {
    return sql.lines().map(l -> l.replaceFirst("--.*$", "")).collect(Collectors.joining("\n"));
  }

  public String resource() {
    return "sql/export/" + name + ".sql";
  }
}
