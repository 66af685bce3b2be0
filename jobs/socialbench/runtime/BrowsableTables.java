package socialbench.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.catalog.CatalogTable;
import org.apache.spark.sql.types.StructType;

/**
 * For the SQL server only: JDBC metadata calls (getTables, getColumns, which BI tools browse) read the
 * session catalog's entries directly, not through {@link WarehouseTableCatalog}. So the server enters every
 * table of the analyst databases with the columns (and column comments) of the version a statement would
 * read. This reads each of those tables' logs once, when the server starts; statements still resolve
 * their tables (and published versions) per lookup.
 */
public final class BrowsableTables {
  private BrowsableTables() {}

  /** Enters each table of {@code databases} with its schema; returns how many were entered. */
  public static int enter(SparkSession spark, Warehouse warehouse, List<String> databases) {
    var catalog = ((org.apache.spark.sql.classic.SparkSession) spark).sessionState().catalog();
    int n = 0;
    try {
      for (String db : databases) {
        if ("default".equals(db)) continue;
        Path dir = new Path(warehouse.databasePath(db));
        FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        for (String table : TableDirectory.tableNames(fs, dir, false)) {
          Path location = new Path(dir, table);
          if (TableDirectory.kind(fs, location) != TableDirectory.Kind.DELTA) continue;
          if (!CatalogEntries.enter(spark, db, table, location)) continue;
          StructType schema = spark.table(WarehouseCatalog.quote(db) + "." + WarehouseCatalog.quote(table)).schema();
          CatalogTable withColumns = CatalogEntries.deltaWithColumns(db, table, location.toString(), schema);
          catalog.alterTable(withColumns);
          n++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the analyst databases of " + warehouse.root(), e);
    }
    return n;
  }
}
