package socialbench.export;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** {@code manifest.json} of an extract: agency, month, client ids and the rows of each table. */
public record ExportManifest(String agency, YearMonth month, List<String> organizations, Map<String, Long> rows,
    Map<String, ExportTable.Kind> kinds) {
  public static final String FILE = "manifest.json";

  public String toJson() {
    StringBuilder s = new StringBuilder("{\n");
    s.append("  \"agency\": ").append(quote(agency)).append(",\n");
    s.append("  \"month\": ").append(quote(month.toString())).append(",\n");
    s.append("  \"organizations\": [");
    for (int i = 0; i < organizations.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(quote(organizations.get(i)));
    }
    s.append("],\n  \"tables\": [\n");
    int i = 0;
    for (Map.Entry<String, Long> e : rows.entrySet()) {
      s.append("    {\"name\": ").append(quote(e.getKey())).append(", \"path\": ").append(quote(e.getKey() + "/"))
          .append(", \"kind\": ").append(quote(kinds.get(e.getKey()).name().toLowerCase(java.util.Locale.ROOT)))
          .append(", \"rows\": ").append(e.getValue()).append('}').append(++i < rows.size() ? "," : "").append('\n');
    }
    return s.append("  ]\n}\n").toString();
  }

  static String quote(String v) {
    StringBuilder s = new StringBuilder("\"");
    for (char c : v.toCharArray()) {
      switch (c) {
        case '"' -> s.append("\\\"");
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> {
          if (c < 0x20) s.append(String.format("\\u%04x", (int) c));
          else s.append(c);
        }
      }
    }
    return s.append('"').toString();
  }
}
