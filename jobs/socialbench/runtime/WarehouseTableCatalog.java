package socialbench.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.analysis.NoSuchNamespaceException;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.apache.spark.sql.connector.catalog.Identifier;
import org.apache.spark.sql.connector.catalog.Table;
import org.apache.spark.sql.delta.DeltaTimeTravelSpec;
import org.apache.spark.sql.delta.catalog.DeltaCatalog;
import org.apache.spark.sql.delta.catalog.DeltaTableV2;
import scala.Option;

/**
 * The session catalog ({@code spark_catalog}) of every socialbench process: Delta's catalog, plus the
 * warehouse directory as the source of tables (docs/design.md §2). A session starts with its databases
 * only; {@code db.table} is resolved to {@code <root>/<db>.db/<table>} the first time a statement names
 * it, and entered in the session catalog then, without reading its Delta log or listing its partitions
 * (see {@link CatalogEntries}). In a reader's session (sql, serve-sql, report, export) each lookup of a
 * Delta table that has a publication pointer returns the table as of its published version, read from the
 * pointer at that lookup: a statement sees the newest published night, the same version throughout.
 * {@code SHOW TABLES} lists the table directories. What the catalog resolves is the session's
 * {@link CatalogScope}.
 */
public class WarehouseTableCatalog extends DeltaCatalog {

  @Override
  public Table loadTable(Identifier ident) {
    SparkSession spark = SparkSession.active();
    CatalogScope scope = CatalogScope.of(spark);
    if (!isWarehouseName(scope, ident)) return super.loadTable(ident);
    Table table;
    try {
      table = super.loadTable(ident);
    } catch (Exception e) { // NoSuchTableException is checked but undeclared by Scala; rethrown as it came
      if (!(e instanceof NoSuchTableException) || !enterOnFirstUse(spark, scope, ident)) throw e;
      table = super.loadTable(ident);
    }
    return scope.published() ? pinned(spark, scope, ident, table) : table;
  }

  @Override
  public Table loadTable(Identifier ident, String version) {
    refuseTimeTravelPastPublication(ident);
    return super.loadTable(ident, version);
  }

  @Override
  public Table loadTable(Identifier ident, long timestamp) {
    refuseTimeTravelPastPublication(ident);
    return super.loadTable(ident, timestamp);
  }

  @Override
  public boolean tableExists(Identifier ident) {
    if (super.tableExists(ident)) return true;
    SparkSession spark = SparkSession.active();
    CatalogScope scope = CatalogScope.of(spark);
    return isWarehouseName(scope, ident) && kind(spark, scope, ident) != TableDirectory.Kind.NONE;
  }

  @Override
  public Identifier[] listTables(String[] namespace) throws NoSuchNamespaceException {
    Identifier[] entered = super.listTables(namespace);
    SparkSession spark = SparkSession.active();
    CatalogScope scope = CatalogScope.of(spark);
    if (namespace.length != 1 || !scope.allows(namespace[0])) return entered;
    Map<String, Identifier> all = new LinkedHashMap<>();
    for (Identifier id : entered) all.put(id.name().toLowerCase(java.util.Locale.ROOT), id);
    try {
      Path dir = new Path(scope.databaseLocation(namespace[0]));
      FileSystem fs = dir.getFileSystem(hadoop(spark));
      boolean isDefault = "default".equalsIgnoreCase(namespace[0]);
      for (String name : TableDirectory.tableNames(fs, dir, isDefault)) {
        all.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), Identifier.of(namespace, name));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + scope.databaseLocation(namespace[0]), e);
    }
    return all.values().toArray(Identifier[]::new);
  }

  /** {@code db.table} with an allowed database and a plain name (not {@code delta.`/a/path`}). */
  private static boolean isWarehouseName(CatalogScope scope, Identifier ident) {
    return ident.namespace().length == 1 && scope.allows(ident.namespace()[0]) && !ident.name().contains("/")
        && !ident.name().startsWith("_") && !ident.name().startsWith(".")
        && !("default".equalsIgnoreCase(ident.namespace()[0]) && ident.name().endsWith(".db"));
  }

  private static TableDirectory.Kind kind(SparkSession spark, CatalogScope scope, Identifier ident) {
    Path dir = new Path(scope.location(ident.namespace()[0], ident.name()));
    try {
      return TableDirectory.kind(dir.getFileSystem(hadoop(spark)), dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
  }

  /** Enters the table found at the name's location in the session catalog; false if there is none. */
  private static boolean enterOnFirstUse(SparkSession spark, CatalogScope scope, Identifier ident) {
    String db = ident.namespace()[0];
    return CatalogEntries.enter(spark, db, ident.name(), new Path(scope.location(db, ident.name())));
  }

  /** A reader's table: a Delta table of the warehouse that was published, as of its published version. */
  private static Table pinned(SparkSession spark, CatalogScope scope, Identifier ident, Table table) {
    if (!(table instanceof DeltaTableV2 delta) || delta.timeTravelOpt().isDefined()) return table;
    String location = scope.location(ident.namespace()[0], ident.name());
    if (!sameDirectory(delta.path(), location)) return table;
    OptionalLong version = new Publication(new Warehouse(scope.root()), hadoop(spark)).publishedVersion(location);
    if (version.isEmpty()) return table;
    DeltaTimeTravelSpec spec = new DeltaTimeTravelSpec(Option.empty(), Option.apply(version.getAsLong()),
        Option.apply("socialbench publication"), false);
    return new DeltaTableV2(spark, delta.path(), delta.catalogTable(), delta.tableIdentifier(), Option.apply(spec),
        delta.options());
  }

  private static boolean sameDirectory(Path path, String location) {
    return new Path(location).toUri().getPath().equals(path.toUri().getPath());
  }

  /** Readers see published versions only: reading a later version by time travel is refused. */
  private void refuseTimeTravelPastPublication(Identifier ident) {
    SparkSession spark = SparkSession.active();
    CatalogScope scope = CatalogScope.of(spark);
    if (scope.published() && isWarehouseName(scope, ident)) {
      throw new UnsupportedOperationException("time travel on " + ident + ": readers see the published version only");
    }
  }

  private static Configuration hadoop(SparkSession spark) {
    return spark.sparkContext().hadoopConfiguration();
  }
}
