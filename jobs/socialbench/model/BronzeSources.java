package socialbench.model;

import com.typesafe.config.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.catalog.ExternalCatalogUtils;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import socialbench.runtime.Warehouse;

/**
 * The staging models' sources: one temporary view {@code bronze_<table>} per bronze table, holding only
 * the partitions the night touches ({@code _export_date >= from_date} of each organization in the
 * scope), read by path so that the cost follows the night, not the history. Reference tables
 * ({@code ref_*}) are read whole. The schema is the landing contract (conf/formats.conf), so a table
 * nothing has landed into yet is an empty view, and nothing is inferred.
 */
final class BronzeSources {
  private final SparkSession spark;
  private final Warehouse warehouse;
  private final Config formats;

  BronzeSources(SparkSession spark, Warehouse warehouse, Config config) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.formats = config.getConfig("socialbench.formats");
  }

  /** Registers every format's view; returns the number of partition directories read. */
  int register(NightScope scope) {
    int partitions = 0;
    for (String table : formats.root().keySet()) {
      if (table.equals("defaults")) continue;
      StructType schema = schemaOf(formats.getConfig(table));
      List<String> paths = table.startsWith("ref_") ? whole(table) : touched(table, scope.orgs());
      partitions += paths.size();
      Dataset<Row> df = paths.isEmpty()
          ? spark.createDataFrame(List.of(), schema)
          : spark.read().schema(schema).option("basePath", root(table)).parquet(paths.toArray(String[]::new));
      df.createOrReplaceTempView("bronze_" + table);
    }
    return partitions;
  }

  private String root(String table) {
    return warehouse.tablePath("bronze", table);
  }

  private List<String> whole(String table) {
    try {
      Path p = new Path(root(table));
      return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p) ? List.of(root(table)) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code <root>/_export_date=d/_org_id=o} for every org in scope and d at or after its from date. */
  private List<String> touched(String table, Map<String, LocalDate> orgs) {
    List<String> out = new ArrayList<>();
    if (orgs.isEmpty()) return out;
    LocalDate min = orgs.values().stream().min(LocalDate::compareTo).get();
    try {
      Path root = new Path(root(table));
      FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(root)) return out;
      for (FileStatus dateDir : fs.listStatus(root)) {
        LocalDate d = partitionDate(dateDir);
        if (d == null || d.isBefore(min)) continue;
        for (FileStatus orgDir : fs.listStatus(dateDir.getPath())) {
          String name = orgDir.getPath().getName();
          if (!orgDir.isDirectory() || !name.startsWith("_org_id=")) continue;
          LocalDate from = orgs.get(ExternalCatalogUtils.unescapePathName(name.substring("_org_id=".length())));
          if (from != null && !d.isBefore(from)) out.add(orgDir.getPath().toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static LocalDate partitionDate(FileStatus st) {
    String n = st.getPath().getName();
    if (!st.isDirectory() || !n.startsWith("_export_date=")) return null;
    return LocalDate.parse(ExternalCatalogUtils.unescapePathName(n.substring("_export_date=".length())));
  }

  /** The bronze schema of a format: landed columns, title column, lineage, partition columns. */
  static StructType schemaOf(Config format) {
    StructType s = new StructType();
    for (Config c : format.getConfigList("columns")) {
      if (c.hasPath("drop") && c.getBoolean("drop")) continue;
      s = s.add(c.getString("name"), sparkType(c.hasPath("type") ? c.getString("type") : "string"), true);
    }
    if (format.hasPath("title-column")) s = s.add(format.getString("title-column"), DataTypes.StringType, true);
    return s.add("_platform", DataTypes.StringType, true)
        .add("_source_file", DataTypes.StringType, true)
        .add("_file_sha256", DataTypes.StringType, true)
        .add("_row_number", DataTypes.LongType, true)
        .add("_ingested_run", DataTypes.StringType, true)
        .add("_export_date", DataTypes.DateType, true)
        .add("_org_id", DataTypes.StringType, true);
  }

  private static DataType sparkType(String type) {
    return switch (type) {
      case "string" -> DataTypes.StringType;
      case "long" -> DataTypes.LongType;
      case "double", "percent", "ratio" -> DataTypes.DoubleType;
      case "date" -> DataTypes.DateType;
      case "timestamp" -> DataTypes.TimestampType;
      default -> throw new IllegalArgumentException("unknown column type in conf/formats.conf: " + type);
    };
  }
}
