package socialbench.runtime;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * What the session's {@link WarehouseTableCatalog} resolves, read from the session's settings at each
 * lookup: the warehouse root, whether Delta tables are read at their published version (readers) or
 * their latest one (pipeline steps), and which databases may be resolved from the warehouse directory
 * (analysts: {@code dw, bench, default}; everyone else: all).
 */
public record CatalogScope(String root, boolean published, List<String> databases) {
  public static final String ROOT = "spark.socialbench.catalog.root";
  public static final String READ = "spark.socialbench.catalog.read";
  public static final String DATABASES = "spark.socialbench.catalog.databases";

  public static CatalogScope of(SparkSession spark) {
    var conf = spark.conf();
    String root = conf.get(ROOT, "");
    boolean published = "published".equals(conf.get(READ, "latest"));
    String dbs = conf.get(DATABASES, "").trim();
    List<String> only = dbs.isEmpty() ? List.of()
        : Arrays.stream(dbs.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
    return new CatalogScope(root, published, only);
  }

  /** Whether tables of {@code db} are resolved from the warehouse directory in this session. */
  public boolean allows(String db) {
    return !root.isEmpty() && (databases.isEmpty() || databases.contains(db.toLowerCase(Locale.ROOT)));
  }

  /** Location of {@code db.table}: {@code <root>/<db>.db/<table>}, or {@code <root>/<table>} for default. */
  public String location(String db, String table) {
    return "default".equalsIgnoreCase(db) ? root + "/" + table : new Warehouse(root).tablePath(db, table);
  }

  /** Directory holding the tables of {@code db}. */
  public String databaseLocation(String db) {
    return "default".equalsIgnoreCase(db) ? root : new Warehouse(root).databasePath(db);
  }
}
