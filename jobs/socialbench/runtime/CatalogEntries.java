package socialbench.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.catalog.CatalogStorageFormat;
import org.apache.spark.sql.catalyst.catalog.CatalogTable;
import org.apache.spark.sql.catalyst.catalog.CatalogTable$;
import org.apache.spark.sql.catalyst.catalog.CatalogTableType;
import org.apache.spark.sql.types.StructType;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The session catalog's entry for a warehouse table, built without reading the table: a Delta table is
 * entered with an empty schema (as Delta itself records tables in a metastore; the schema comes from its
 * log when a statement reads it); a Parquet table with the schema of one of its files and the partition
 * columns of that file's directories, so no partition directory is listed to register it.
 */
final class CatalogEntries {
  private CatalogEntries() {}

  /**
   * Enters {@code db.table}, found at {@code dir}, in the session catalog (if the session has the database
   * and not the table yet); false if {@code dir} holds no table. Counted in {@link CatalogLoads}.
   */
  static boolean enter(SparkSession spark, String db, String table, Path dir) {
    var catalog = ((org.apache.spark.sql.classic.SparkSession) spark).sessionState().catalog();
    if (!catalog.databaseExists(db)) return false;
    if (catalog.tableExists(new TableIdentifier(table, Option.apply(db)))) return true;
    CatalogTable entry;
    try {
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      switch (TableDirectory.kind(fs, dir)) {
        case DELTA -> entry = delta(db, table, dir.toString());
        case PARQUET -> entry = parquet(spark, db, table, dir, TableDirectory.firstDataFile(fs, dir));
        default -> {
          return false;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
    catalog.createTable(entry, true, false);
    CatalogLoads.record(db, table);
    return true;
  }

  static CatalogTable delta(String db, String table, String location) {
    return entry(db, table, location, "delta", new StructType(), List.of());
  }

  /** A Delta table's entry that also lists its columns (for JDBC metadata; see {@link BrowsableTables}). */
  static CatalogTable deltaWithColumns(String db, String table, String location, StructType schema) {
    return entry(db, table, location, "delta", schema, List.of());
  }

  static CatalogTable parquet(SparkSession spark, String db, String table, Path tableDir, Path oneFile) {
    List<String> partitions = TableDirectory.partitionColumns(tableDir, oneFile);
    // One leaf directory read with the table as base path: its partition values give the column types.
    StructType schema = spark.read().option("basePath", tableDir.toString()).parquet(oneFile.getParent().toString()).schema();
    return entry(db, table, tableDir.toString(), "parquet", schema, partitions);
  }

  private static CatalogTable entry(String db, String table, String location, String provider, StructType schema,
      List<String> partitionColumns) {
    CatalogTable$ d = CatalogTable$.MODULE$;
    CatalogStorageFormat storage = new CatalogStorageFormat(Option.apply(new Path(location).toUri()), Option.empty(),
        Option.empty(), Option.empty(), false, scala.collection.immutable.Map$.MODULE$.<String, String>empty(), Option.empty());
    return new CatalogTable(new TableIdentifier(table, Option.apply(db)), CatalogTableType.EXTERNAL(), storage, schema,
        Option.apply(provider), CollectionConverters.asScala(partitionColumns).toList(),
        d.$lessinit$greater$default$7(), d.$lessinit$greater$default$8(), d.$lessinit$greater$default$9(),
        d.$lessinit$greater$default$10(), d.$lessinit$greater$default$11(), d.$lessinit$greater$default$12(),
        d.$lessinit$greater$default$13(), d.$lessinit$greater$default$14(), d.$lessinit$greater$default$15(),
        d.$lessinit$greater$default$16(), d.$lessinit$greater$default$17(), d.$lessinit$greater$default$18(),
        d.$lessinit$greater$default$19(), d.$lessinit$greater$default$20(), d.$lessinit$greater$default$21(),
        d.$lessinit$greater$default$22());
  }
}
