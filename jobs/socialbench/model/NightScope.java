package socialbench.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What a night touches: for each organization (and {@code _reference}) whose files the land runs of
 * logical date D landed or replaced (ops.landed_files ⋈ ops.runs), the earliest export date among
 * those files. The models rebuild each such organization's tail from that date on. With {@code full},
 * every organization that ever landed a file, from its first export date.
 */
public record NightScope(LocalDate date, Map<String, LocalDate> fromDates) {
  public static final String REFERENCE = "_reference";

  static final String TOUCHED =
      "select f.org_id, min(f.export_date) as from_date from ops.landed_files f "
          + "join ops.runs r on f.run_id = r.run_id "
          + "where r.job = 'land' and r.logical_date = :ds and f.status in ('landed', 'replaced') "
          + "group by f.org_id order by f.org_id";
  static final String EVERYTHING =
      "select org_id, min(export_date) as from_date from ops.landed_files "
          + "where status in ('landed', 'replaced') group by org_id order by org_id";

  public static NightScope of(SparkSession spark, LocalDate date, boolean full) {
    Map<String, LocalDate> from = new LinkedHashMap<>();
    if (spark.catalog().tableExists("ops", "landed_files") && spark.catalog().tableExists("ops", "runs")) {
      Dataset<Row> rows = full ? spark.sql(EVERYTHING) : spark.sql(TOUCHED, Map.of("ds", java.sql.Date.valueOf(date)));
      for (Row r : rows.collectAsList()) from.put(r.getString(0), r.getDate(1).toLocalDate());
    }
    return new NightScope(date, from);
  }

  public boolean isEmpty() {
    return fromDates.isEmpty();
  }

  /** Organizations with data (not the reference folder). */
  public Map<String, LocalDate> orgs() {
    Map<String, LocalDate> out = new LinkedHashMap<>(fromDates);
    out.remove(REFERENCE);
    return out;
  }

  /** Earliest from date over all organizations (for partition pruning), or D when nothing is touched. */
  public LocalDate minFrom() {
    return fromDates.values().stream().min(LocalDate::compareTo).orElse(date);
  }

  /**
   * Registers {@code scope_orgs(org_id, from_date)}, reference folder included, and {@code partial_files(path)}:
   * the files (zip members, sheets) of the night's export dates that landed with quarantined rows. Such an
   * export cannot tell that a post is gone (the post may be one of its rejected rows), so it removes none
   * (sql/intermediate/int_post_removed.sql).
   */
  void register(SparkSession spark) {
    registerScope(spark);
    Dataset<Row> partial = spark.createDataFrame(List.of(), new StructType().add("path", DataTypes.StringType));
    if (spark.catalog().tableExists("ops", "landed_files")
        && java.util.Arrays.asList(spark.table("ops.landed_files").columns()).contains("rows_rejected")) {
      partial = spark.table("ops.landed_files")
          .where(org.apache.spark.sql.functions.col("export_date").geq(java.sql.Date.valueOf(minFrom()))
              .and(org.apache.spark.sql.functions.col("status").isin("landed", "replaced"))
              .and(org.apache.spark.sql.functions.col("rows_rejected").gt(0)))
          .select("path").distinct();
    }
    partial.createOrReplaceTempView("partial_files");
  }

  private void registerScope(SparkSession spark) {
    List<Row> rows = new java.util.ArrayList<>();
    fromDates.forEach((org, d) -> rows.add(RowFactory.create(org, java.sql.Date.valueOf(d))));
    spark.createDataFrame(rows, new StructType().add("org_id", DataTypes.StringType).add("from_date", DataTypes.DateType))
        .createOrReplaceTempView("scope_orgs");
  }
}
