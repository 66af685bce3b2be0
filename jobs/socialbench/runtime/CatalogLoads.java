package socialbench.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The warehouse tables this JVM's {@link WarehouseTableCatalog} has entered in a session catalog on first
 * use, in order: how a test (or {@code perf}) sees that a session start loads no table and a statement
 * loads exactly the tables it names.
 */
public final class CatalogLoads {
  private static final List<String> LOADED = new ArrayList<>();

  private CatalogLoads() {}

  static synchronized void record(String db, String table) {
    LOADED.add(db + "." + table);
  }

  public static synchronized List<String> loaded() {
    return List.copyOf(LOADED);
  }

  public static synchronized void clear() {
    LOADED.clear();
  }
}
