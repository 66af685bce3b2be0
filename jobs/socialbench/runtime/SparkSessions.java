package socialbench.runtime;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import socialbench.sql.AnalystPolicy;
import socialbench.sql.AnalystSessionExtension;

/**
 * Builds the one SparkSession of a socialbench process: Delta's SQL extension and catalog, the
 * warehouse as Spark's warehouse directory, the settings of {@code socialbench.spark.conf}, the
 * warehouse's databases, and a session catalog that resolves each table from the warehouse directory when
 * a statement first names it ({@link WarehouseTableCatalog}, {@link WarehouseCatalog}).
 */
public final class SparkSessions {
  private SparkSessions() {}

  /** A session for pipeline steps: every table at its latest version. */
  public static SparkSession start(Settings settings) {
    return start(settings, false);
  }

  /**
   * A session for readers (sql, reports, exports, the SQL server): tables that have a published version
   * are seen as of that version (write–audit–publish, see {@link Publication}).
   */
  public static SparkSession startReader(Settings settings) {
    return start(settings, true);
  }

  /**
   * A session for analysts (the SQL server, {@code sql} without {@code --admin}): as a reader's, but
   * only the analyst databases ({@link AnalystPolicy#DATABASES}) exist and resolve, so bronze, ops and
   * anything else holding raw rows cannot even be named.
   */
  public static SparkSession startAnalyst(Settings settings) {
    SparkSession spark = build(settings, true, AnalystPolicy.DATABASES);
    new WarehouseCatalog(spark, Warehouse.of(settings), settings).registerPublished(AnalystPolicy.DATABASES);
    return spark;
  }

  private static SparkSession start(Settings settings, boolean published) {
    SparkSession spark = build(settings, published, List.of());
    new WarehouseCatalog(spark, Warehouse.of(settings), settings).registerAll(published);
    return spark;
  }

  private static SparkSession build(Settings settings, boolean published, List<String> only) {
    Warehouse warehouse = Warehouse.of(settings);
    SparkSession.Builder b =
        SparkSession.builder()
            // Also in the SparkConf of a new context, from which the SQL server's per-connection sessions start.
            .config(CatalogScope.READ, published ? "published" : "latest")
            .config(CatalogScope.DATABASES, String.join(",", only))
            .appName(settings.config().getString("socialbench.spark.app-name"))
            // The analyst policy's parser hook checks nothing unless AnalystMode says so (sql, serve-sql).
            .config("spark.sql.extensions", "io.delta.sql.DeltaSparkSessionExtension," + AnalystSessionExtension.class.getName())
            // Delta's catalog that resolves tables from the warehouse directory on first use (WarehouseTableCatalog).
            .config("spark.sql.catalog.spark_catalog", WarehouseTableCatalog.class.getName())
            .config(CatalogScope.ROOT, warehouse.root())
            .config("spark.sql.warehouse.dir", warehouse.root())
            // Partitioned Parquet (bronze) tables discover their partitions from the files at query time,
            // so a partition landed by another process is visible without a metastore.
            .config("spark.sql.hive.manageFilesourcePartitions", "false")
            // Delta 4.4's SQL parser does not implement Spark 4.2's parsePlanWithParameters, so named
            // parameters (:ds) come back unbound; binding them in the analyzer (the pre-4.2 way) works.
            .config("spark.sql.legacy.parameterSubstitution.constantsOnly", "true");
    if (!"hive".equals(settings.config().getString("socialbench.catalog.mode"))) {
      b = b.config("spark.sql.catalogImplementation", "in-memory");
    }
    // On spark-submit the master comes from the submit command; only set it when none is given.
    if (System.getProperty("spark.master") == null) {
      b = b.master(settings.master());
    }
    // spark-submit's --conf settings are system properties by now; they win over the bundled defaults.
    for (Map.Entry<String, String> e : settings.sparkConfOver(System.getProperties()).entrySet()) {
      b = b.config(e.getKey(), e.getValue());
    }
    SparkSession spark = b.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
