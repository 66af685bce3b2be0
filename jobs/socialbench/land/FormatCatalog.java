package socialbench.land;

import com.typesafe.config.Config;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Every native format of {@code socialbench.formats} in {@code conf/formats.conf}. */
public final class FormatCatalog {
  private final Map<String, FormatSpec> formats;

  private FormatCatalog(Map<String, FormatSpec> formats) {
    this.formats = formats;
  }

  public static FormatCatalog from(Config config) {
    Config all = config.getConfig("socialbench.formats");
    Config defaults = all.getConfig("defaults");
    Map<String, FormatSpec> out = new TreeMap<>();
    for (String name : all.root().keySet()) {
      if (name.equals("defaults")) continue;
      out.put(name, readFormat(name, all.getConfig(name).withFallback(defaults)));
    }
    return new FormatCatalog(out);
  }

  public List<FormatSpec> all() {
    return new ArrayList<>(formats.values());
  }

  public FormatSpec get(String name) {
    FormatSpec f = formats.get(name);
    if (f == null) throw new IllegalArgumentException("no format " + name + " in conf/formats.conf");
    return f;
  }

  /** Formats that may arrive in an inbox folder of this platform. */
  public List<FormatSpec> forPlatform(String platform) {
    List<FormatSpec> out = new ArrayList<>();
    for (FormatSpec f : formats.values()) {
      if (f.platforms().contains(platform)) out.add(f);
    }
    return out;
  }

  private static FormatSpec readFormat(String name, Config c) {
    Set<String> formatNulls = new LinkedHashSet<>(c.getStringList("nulls"));
    List<ColumnSpec> columns = new ArrayList<>();
    Map<String, String> headerOwner = new HashMap<>();
    for (Config col : c.getConfigList("columns")) {
      String colName = col.getString("name");
      List<String> headers = new ArrayList<>();
      List<String> raw = col.hasPath("headers") ? col.getStringList("headers") : List.of(colName.replace('_', ' '));
      for (String h : raw) {
        String n = HeaderNames.normalise(h);
        String other = headerOwner.putIfAbsent(n, colName);
        if (other != null && !other.equals(colName)) {
          throw new IllegalArgumentException(
              "conf/formats.conf: format " + name + " gives header \"" + h + "\" to both " + other + " and " + colName);
        }
        headers.add(n);
      }
      Set<String> nulls = new LinkedHashSet<>(formatNulls);
      if (col.hasPath("nulls")) nulls.addAll(col.getStringList("nulls"));
      columns.add(
          new ColumnSpec(
              colName,
              ColumnType.parse(col.hasPath("type") ? col.getString("type") : "string"),
              List.copyOf(headers),
              col.hasPath("required") && col.getBoolean("required"),
              Set.copyOf(nulls),
              col.hasPath("drop") && col.getBoolean("drop"),
              col.hasPath("hash") && col.getBoolean("hash"),
              col.hasPath("signed") && col.getBoolean("signed")));
    }
    return new FormatSpec(
        name,
        Set.copyOf(c.getStringList("platforms")),
        List.copyOf(columns),
        c.hasPath("description-row") && c.getBoolean("description-row"),
        c.hasPath("skip-rows-first-field") ? Set.copyOf(c.getStringList("skip-rows-first-field")) : Set.of(),
        c.hasPath("title-column") ? c.getString("title-column") : null,
        c.getString("local-zone").toLowerCase(Locale.ROOT).equals("page") ? "page" : c.getString("local-zone"),
        c.getStringList("encodings"),
        Set.copyOf(formatNulls),
        c.getStringList("date-formats"),
        c.getStringList("timestamp-formats"),
        c.hasPath("page-scoped") && c.getBoolean("page-scoped"),
        c.hasPath("page-id-column") ? c.getString("page-id-column") : null,
        c.hasPath("page-file-names") ? List.copyOf(c.getStringList("page-file-names")) : List.of());
  }
}
