package socialbench.bench;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import socialbench.runtime.TableSpec;

/**
 * The bench tables' specs (name, comments, partitioned by month), read from {@code sql/bench/tables.conf}
 * so the documentation lives next to the SQL that fills the tables.
 */
public final class BenchTables {
  private final Map<String, TableSpec> byName;

  private BenchTables(Map<String, TableSpec> byName) {
    this.byName = byName;
  }

  public static BenchTables load() {
    Config conf = ConfigFactory.parseResources(BenchTables.class.getClassLoader(), "sql/bench/tables.conf",
        ConfigParseOptions.defaults().setAllowMissing(false));
    Map<String, TableSpec> specs = new LinkedHashMap<>();
    for (Config t : conf.getConfigList("tables")) {
      Map<String, String> columns = new LinkedHashMap<>();
      Config cols = t.getConfig("columns");
      cols.root().keySet().forEach(c -> columns.put(c, cols.getString(c)));
      String name = t.getString("name");
      specs.put(name, new TableSpec(name, List.of("month"), t.getString("comment"), columns));
    }
    return new BenchTables(specs);
  }

  public TableSpec spec(String qualifiedName) {
    TableSpec s = byName.get(qualifiedName);
    if (s == null) throw new IllegalStateException("no spec for " + qualifiedName + " in sql/bench/tables.conf");
    return s;
  }
}
