package socialbench.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warehouse directory is the catalog (docs/design.md §2): each session creates the databases and
 * registers every table it finds under {@code <root>/<db>.db/<table>} by location. Delta tables are
 * recognised by their {@code _delta_log}; other non-empty directories are Parquet tables (bronze).
 * No metastore is involved, so any number of processes can share one warehouse.
 */
public final class WarehouseCatalog {
  private static final Logger LOG = LoggerFactory.getLogger(WarehouseCatalog.class);

  private final SparkSession spark;
  private final Warehouse warehouse;
  private final List<String> databases;
  private boolean readPublished;

  public WarehouseCatalog(SparkSession spark, Warehouse warehouse, Settings settings) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.databases = settings.config().getStringList("socialbench.catalog.databases");
  }

  public Warehouse warehouse() {
    return warehouse;
  }

  /** Creates the standard databases and registers every table found in the warehouse, at its latest version. */
  public void registerAll() {
    registerAll(false);
  }

  /**
   * Registers every table; with {@code published} true (readers: sql, reports, exports), a Delta table
   * that has a published version (see {@link Publication}) is registered as a view pinned to it, so an
   * unpublished night is invisible to readers.
   */
  public void registerAll(boolean published) {
    this.readPublished = published;
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
      if (fs.exists(root)) {
        // Tables of the default database live directly under the root (spark.sql.warehouse.dir).
        for (FileStatus st : fs.listStatus(root)) {
          String name = st.getPath().getName();
          if (st.isDirectory() && !name.endsWith(".db") && !name.startsWith("_") && !name.startsWith(".")) {
            registerIfPresent(fs, "default", name);
          }
        }
      }
      for (String db : dbs) {
        registerDatabase(fs, db);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read warehouse " + warehouse.root() + ": " + e, e);
    }
  }

  /** Creates {@code db} in the session and registers every table directory found under it. */
  private void registerDatabase(FileSystem fs, String db) throws IOException {
    createDatabase(db);
    Path dbPath = new Path(warehouse.databasePath(db));
    if (!fs.exists(dbPath)) return;
    for (FileStatus st : fs.listStatus(dbPath)) {
      String table = st.getPath().getName();
      if (st.isDirectory() && !table.startsWith("_") && !table.startsWith(".")) {
        registerIfPresent(fs, db, table);
      }
    }
  }

  /**
   * Registers the tables of {@code only} (databases), published ones pinned to their published version,
   * and nothing else: no other database, no table of {@code default}. Run again, it re-pins the tables
   * whose published version changed and registers new ones.
   */
  public void registerPublished(List<String> only) {
    this.readPublished = true;
    try {
      Path root = new Path(warehouse.root());
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (String db : only) {
        if ("default".equals(db)) continue;
        registerDatabase(fs, db);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read warehouse " + warehouse.root() + ": " + e, e);
    }
  }

  public void createDatabase(String db) {
    if (spark.catalog().databaseExists(db)) return;
    spark.sql("CREATE DATABASE IF NOT EXISTS " + quote(db) + " LOCATION '" + escape(warehouse.databasePath(db)) + "'");
  }

  /** Registers {@code db.table} by its location if it holds a Delta log or data files. */
  public void register(String db, String table) {
    if (!"default".equals(db)) createDatabase(db);
    try {
      Path p = new Path(warehouse.root());
      registerIfPresent(p.getFileSystem(spark.sparkContext().hadoopConfiguration()), db, table);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void registerIfPresent(FileSystem fs, String db, String table) throws IOException {
    String location = "default".equals(db) ? warehouse.root() + "/" + table : warehouse.tablePath(db, table);
    Path path = new Path(location);
    String format;
    if (fs.exists(new Path(path, "_delta_log"))) {
      format = "delta";
    } else if (hasDataFiles(fs, path)) {
      format = "parquet";
    } else {
      return;
    }
    String name = quote(db) + "." + quote(table);
    if (readPublished && format.equals("delta")) {
      var version = new Publication(warehouse, spark.sparkContext().hadoopConfiguration()).publishedVersion(location);
      if (version.isPresent()) {
        String type = tableType(db, table);
        if ("MANAGED".equals(type)) {
          return; // created by this very session (dropping it would delete its files): leave it as it is
        }
        if (type != null && !"VIEW".equals(type)) {
          spark.sql("DROP TABLE " + name); // external: only forgotten; a view is replaced in place below
        }
        String source = "delta.`" + location.replace("`", "``") + "`";
        // The view carries the table's comment (its columns' comments come through the SELECT).
        Row detail = spark.sql("DESCRIBE DETAIL " + source).select("description").first();
        String comment = detail.isNullAt(0) ? "" : " COMMENT '" + escape(detail.getString(0)) + "'";
        spark.sql("CREATE OR REPLACE VIEW " + name + comment + " AS SELECT * FROM " + source
            + " VERSION AS OF " + version.getAsLong());
        return;
      }
    }
    String type = tableType(db, table);
    if (type != null) {
      if (!"VIEW".equals(type)) return;
      spark.sql("DROP VIEW " + name); // a reader's pinned view, in a JVM that now writes (tests)
    }
    try {
      spark.sql("CREATE TABLE IF NOT EXISTS " + name + " USING " + format + " LOCATION '" + escape(location) + "'");
    } catch (RuntimeException e) {
      // A table another process is creating right now may not be readable yet; the next session sees it.
      LOG.warn("could not register {} at {}: {}", name, location, e.getMessage());
    }
  }

  private static boolean hasDataFiles(FileSystem fs, Path dir) throws IOException {
    for (FileStatus st : fs.listStatus(dir)) {
      String n = st.getPath().getName();
      // Partition directories may name a column that starts with "_" (bronze: _export_date=…), as Spark allows.
      if ((n.startsWith("_") && !n.contains("=")) || n.startsWith(".")) continue;
      if (st.isFile() && n.endsWith(".parquet")) return true;
      if (st.isDirectory() && n.contains("=") && hasDataFiles(fs, st.getPath())) return true;
    }
    return false;
  }

  /** MANAGED, EXTERNAL or VIEW; null if the session has no such table. */
  private String tableType(String db, String table) {
    if (!spark.catalog().tableExists(db, table)) return null;
    try {
      return spark.catalog().getTable(db, table).tableType();
    } catch (org.apache.spark.sql.AnalysisException e) {
      return null;
    }
  }

  static String quote(String ident) {
    return "`" + ident.replace("`", "``") + "`";
  }

  static String escape(String literal) {
    return literal.replace("\\", "\\\\").replace("'", "\\'");
  }
}
