package socialbench.land;

import static org.apache.spark.sql.functions.col;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import socialbench.runtime.Warehouse;
import socialbench.runtime.WarehouseCatalog;

/** The landing ledger and quarantine in {@code ops} (Delta): landed_files, rejected_rows, runs. */
final class OpsTables {
  static final StructType LANDED_FILES =
      new StructType()
          .add("run_id", DataTypes.StringType, false)
          .add("path", DataTypes.StringType, false)
          .add("sha256", DataTypes.StringType, false)
          .add("org_id", DataTypes.StringType, false)
          .add("platform", DataTypes.StringType, false)
          .add("export_date", DataTypes.DateType, false)
          .add("format", DataTypes.StringType, true)
          .add("series", DataTypes.StringType, true)
          .add("rows_read", DataTypes.LongType, false)
          .add("rows_landed", DataTypes.LongType, false)
          .add("rows_rejected", DataTypes.LongType, false)
          .add("status", DataTypes.StringType, false)
          .add("reason", DataTypes.StringType, true)
          .add("replaced_sha256", DataTypes.StringType, true);

  static final StructType REJECTED_ROWS =
      new StructType()
          .add("run_id", DataTypes.StringType, false)
          .add("path", DataTypes.StringType, false)
          .add("sha256", DataTypes.StringType, false)
          .add("row_number", DataTypes.LongType, false)
          .add("raw_text", DataTypes.StringType, true)
          .add("reason", DataTypes.StringType, false);

  static final StructType RUNS =
      new StructType()
          .add("run_id", DataTypes.StringType, false)
          .add("job", DataTypes.StringType, false)
          .add("logical_date", DataTypes.DateType, false)
          .add("status", DataTypes.StringType, false)
          .add("started_at", DataTypes.TimestampType, false)
          .add("finished_at", DataTypes.TimestampType, false)
          .add("rows_in", DataTypes.LongType, false)
          .add("rows_out", DataTypes.LongType, false)
          .add("message", DataTypes.StringType, true);

  private final SparkSession spark;
  private final Warehouse warehouse;
  private final WarehouseCatalog catalog;

  OpsTables(SparkSession spark, Warehouse warehouse, WarehouseCatalog catalog) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.catalog = catalog;
  }

  /** Every status ever recorded for each of these sha256s. */
  Map<String, Set<String>> statusesOf(Collection<String> shas) {
    Map<String, Set<String>> out = new HashMap<>();
    if (shas.isEmpty()) return out;
    Dataset<Row> ledger = ledger();
    if (ledger == null) return out;
    for (Row r : ledger.where(col("sha256").isin(shas.toArray())).select("sha256", "status").distinct().collectAsList()) {
      out.computeIfAbsent(r.getString(0), k -> new HashSet<>()).add(r.getString(1));
    }
    return out;
  }

  /** Ledger rows of files that landed in bronze.{format} for these export dates and orgs. */
  List<LedgerEntry> landedIn(String format, Set<LocalDate> dates, Set<String> orgs) {
    List<LedgerEntry> out = new ArrayList<>();
    Dataset<Row> ledger = ledger();
    if (ledger == null) return out;
    List<java.sql.Date> sqlDates = dates.stream().map(java.sql.Date::valueOf).toList();
    List<Row> rows =
        ledger
            .where(col("format").equalTo(format))
            .where(col("export_date").isin(sqlDates.toArray()))
            .where(col("org_id").isin(orgs.toArray()))
            .where(col("status").isin(LedgerEntry.LANDED, LedgerEntry.REPLACED))
            .collectAsList();
    for (Row r : rows) out.add(entry(r));
    return out;
  }

  void append(List<LedgerEntry> entries, List<Row> rejected, Row run) {
    if (!rejected.isEmpty()) append("rejected_rows", REJECTED_ROWS, rejected);
    List<Row> ledgerRows = new ArrayList<>();
    for (LedgerEntry e : entries) {
      ledgerRows.add(
          RowFactory.create(
              e.runId(), e.path(), e.sha256(), e.orgId(), e.platform(), java.sql.Date.valueOf(e.exportDate()), e.format(), e.series(),
              e.rowsRead(), e.rowsLanded(), e.rowsRejected(), e.status(), e.reason(), e.replacedSha256()));
    }
    if (!ledgerRows.isEmpty()) append("landed_files", LANDED_FILES, ledgerRows);
    append("runs", RUNS, List.of(run));
  }

  static Row rejectedRow(String runId, String path, String sha, RejectedRow r) {
    return RowFactory.create(runId, path, sha, r.rowNumber(), r.rawText(), r.reason());
  }

  static Row runRow(String runId, LocalDate date, String status, Instant started, Instant finished, long in, long out, String msg) {
    return RowFactory.create(
        runId, "land", java.sql.Date.valueOf(date), status, Timestamp.from(started), Timestamp.from(finished), in, out, msg);
  }

  private void append(String table, StructType schema, List<Row> rows) {
    spark.createDataFrame(rows, schema).coalesce(1).write().format("delta").mode("append").save(warehouse.tablePath("ops", table));
    if (spark.catalog().tableExists("ops", table)) {
      spark.catalog().refreshTable("ops." + table);
    } else {
      catalog.register("ops", table);
    }
  }

  private Dataset<Row> ledger() {
    String path = warehouse.tablePath("ops", "landed_files");
    try {
      Path p = new Path(path, "_delta_log");
      if (!p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p)) return null;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return spark.read().format("delta").load(path);
  }

  private static LedgerEntry entry(Row r) {
    return new LedgerEntry(
        r.getAs("run_id"), r.getAs("path"), r.getAs("sha256"), r.getAs("org_id"), r.getAs("platform"),
        ((java.sql.Date) r.getAs("export_date")).toLocalDate(), r.getAs("format"), r.getAs("series"),
        r.<Long>getAs("rows_read"), r.<Long>getAs("rows_landed"), r.<Long>getAs("rows_rejected"), r.getAs("status"),
        r.getAs("reason"), r.getAs("replaced_sha256"));
  }
}
