package socialbench.model;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;

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
import org.apache.spark.sql.Column;
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
 * the rows the night touches ({@code _export_date >= from_date} of each organization in the scope): the
 * date partitions from the earliest from date, read by path so that the cost follows the night, not the
 * history, then filtered per organization. Reference tables
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
    Column from = fromDateOfOrg(scope.orgs());
    for (String table : formats.root().keySet()) {
      if (table.equals("defaults")) continue;
      StructType schema = schemaOf(formats.getConfig(table));
      boolean reference = table.startsWith("ref_");
      List<String> paths = reference ? whole(table) : touched(table, scope.orgs());
      partitions += paths.size();
      Dataset<Row> df = paths.isEmpty()
          ? spark.createDataFrame(List.of(), schema)
          : spark.read().schema(schema).option("basePath", root(table)).parquet(paths.toArray(String[]::new));
      if (!reference && !paths.isEmpty()) df = df.where(col("_export_date").geq(from));
      df.createOrReplaceTempView("bronze_" + table);
    }
    return partitions;
  }

  /** Each organization's from date, looked up by {@code _org_id} (NULL, so no rows, for an org not in scope). */
  private static Column fromDateOfOrg(Map<String, LocalDate> orgs) {
    List<Column> kv = new ArrayList<>();
    for (Map.Entry<String, LocalDate> e : new java.util.TreeMap<>(orgs).entrySet()) {
      kv.add(lit(e.getKey()));
      kv.add(lit(java.sql.Date.valueOf(e.getValue())));
    }
    if (kv.isEmpty()) return lit(null).cast(DataTypes.DateType);
    return element_at(map(kv.toArray(Column[]::new)), col("_org_id"));
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

  /** {@code <root>/_export_date=d} for every d at or after the earliest from date of the orgs in scope. */
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
        if (d != null && !d.isBefore(min)) out.add(dateDir.getPath().toString());
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
        .add("_land_date", DataTypes.DateType, true)
        .add("_page_id", DataTypes.StringType, true)
        .add("_org_id", DataTypes.StringType, true)
        .add("_export_date", DataTypes.DateType, true);
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
