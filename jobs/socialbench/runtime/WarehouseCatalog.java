package socialbench.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.TableIdentifier;
import scala.Option;

/**
 * The warehouse directory is the catalog (docs/design.md §2). A session creates its databases here
 * (one listing of the warehouse root) and says what its {@link WarehouseTableCatalog} resolves
 * ({@link CatalogScope}); tables are resolved by that catalog when a statement names them, so starting a
 * session reads no table's log and lists no partition, whatever the warehouse's size. No metastore is
 * involved, so any number of processes can share one warehouse.
 */
public final class WarehouseCatalog {
  private final SparkSession spark;
  private final Warehouse warehouse;
  private final List<String> databases;

  public WarehouseCatalog(SparkSession spark, Warehouse warehouse, Settings settings) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.databases = settings.config().getStringList("socialbench.catalog.databases");
  }

  public Warehouse warehouse() {
    return warehouse;
  }

  /** Creates the standard databases and those found in the warehouse; tables are read at their latest version. */
  public void registerAll() {
    registerAll(false);
  }

  /**
   * Creates the standard databases and those found in the warehouse; with {@code published} true (readers:
   * sql, reports, exports) a Delta table that has a published version (see {@link Publication}) is read as
   * of that version, so an unpublished night is invisible to readers.
   */
  public void registerAll(boolean published) {
    scope(published, List.of());
    try {
      Path root = new Path(warehouse.root());
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      List<String> dbs = new ArrayList<>(databases);
      if (fs.exists(root)) {
        for (FileStatus st : fs.listStatus(root)) {
          String name = st.getPath().getName();
          if (st.isDirectory() && name.endsWith(".db")) {
            String db = name.substring(0, name.length() - 3);
            if (!dbs.contains(db)) dbs.add(db);
          }
        }
      }
      for (String db : dbs) createDatabase(db);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read warehouse " + warehouse.root() + ": " + e, e);
    }
  }

  /**
   * Makes the session an analyst's: only the databases of {@code only} are created and resolved (no other
   * database, no table outside them), every Delta table read at its published version.
   */
  public void registerPublished(List<String> only) {
    scope(true, only);
    for (String db : only) {
      if (!"default".equals(db)) createDatabase(db);
    }
  }

  /** Sets what the session's catalog resolves (see {@link CatalogScope}). */
  private void scope(boolean published, List<String> only) {
    spark.conf().set(CatalogScope.ROOT, warehouse.root());
    spark.conf().set(CatalogScope.READ, published ? "published" : "latest");
    spark.conf().set(CatalogScope.DATABASES, String.join(",", only));
  }

  public void createDatabase(String db) {
    if (spark.catalog().databaseExists(db)) return;
    spark.sql("CREATE DATABASE IF NOT EXISTS " + quote(db) + " LOCATION '" + escape(warehouse.databasePath(db)) + "'");
  }

  /**
   * Enters {@code db.table} in the session catalog now, whatever the session's {@link CatalogScope} (a
   * table just written by this process, or one a test names outside the scope), without reading its log;
   * any relation the session cached for it is dropped.
   */
  public void register(String db, String table) {
    if (!"default".equals(db)) createDatabase(db);
    String location = "default".equals(db) ? warehouse.root() + "/" + table : warehouse.tablePath(db, table);
    CatalogEntries.enter(spark, db, table, new Path(location));
    ((org.apache.spark.sql.classic.SparkSession) spark).sessionState().catalog()
        .refreshTable(new TableIdentifier(table, Option.apply(db)));
  }

  static String quote(String ident) {
    return "`" + ident.replace("`", "``") + "`";
  }

  static String escape(String literal) {
    return literal.replace("\\", "\\\\").replace("'", "\\'");
  }
}
