package socialbench.land;

import static org.apache.spark.sql.functions.col;

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
import socialbench.runtime.DeclaredTable;
import socialbench.runtime.Settings;
import socialbench.runtime.TableWriter;
import socialbench.runtime.Warehouse;

/** The landing ledger and quarantine in {@code ops} (Delta): landed_files, rejected_rows, runs. */
final class OpsTables {
  /** Columns, types and comments: sql/ops/landed_files.sql and sql/ops/rejected_rows.sql. */
  static final DeclaredTable LANDED_FILES = DeclaredTable.load("sql/ops/landed_files.sql");
  static final DeclaredTable REJECTED_ROWS = DeclaredTable.load("sql/ops/rejected_rows.sql");

  private final SparkSession spark;
  private final Warehouse warehouse;
  private final Settings settings;

  OpsTables(SparkSession spark, Warehouse warehouse, Settings settings) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.settings = settings;
  }

  /** Every status ever recorded for files with these sha256s, by {@link #identity}. */
  Map<String, Set<String>> statusesOf(Collection<String> shas) {
    Map<String, Set<String>> out = new HashMap<>();
    if (shas.isEmpty()) return out;
    Dataset<Row> ledger = ledger();
    if (ledger == null) return out;
    for (Row r : ledger.where(col("sha256").isin(shas.toArray())).select("org_id", "platform", "sha256", "status").distinct()
        .collectAsList()) {
      out.computeIfAbsent(identity(r.getString(0), r.getString(1), r.getString(2)), k -> new HashSet<>()).add(r.getString(3));
    }
    return out;
  }

  /**
   * What makes two files the same file: the content (sha256) for one organization's platform. Two
   * organizations' exports can be byte for byte equal (a day without follows is the same few bytes for
   * every page), and each must land.
   */
  static String identity(String orgId, String platform, String sha256) {
    return orgId + "|" + platform + "|" + sha256;
  }

  /** Ledger rows of files that landed in bronze for these export dates and orgs (one query). */
  List<LedgerEntry> landedIn(Set<LocalDate> dates, Set<String> orgs) {
    List<LedgerEntry> out = new ArrayList<>();
    Dataset<Row> ledger = ledger();
    if (ledger == null || dates.isEmpty()) return out;
    List<java.sql.Date> sqlDates = dates.stream().map(java.sql.Date::valueOf).toList();
    List<Row> rows =
        ledger
            .where(col("export_date").isin(sqlDates.toArray()))
            .where(col("org_id").isin(orgs.toArray()))
            .where(col("status").isin(LedgerEntry.LANDED, LedgerEntry.REPLACED))
            .collectAsList();
    for (Row r : rows) out.add(entry(r));
    return out;
  }

  void append(List<LedgerEntry> entries, List<Row> rejected) {
    TableWriter writer = TableWriter.of(spark, settings);
    writer.ensure(REJECTED_ROWS.spec(), REJECTED_ROWS.schema()); // queryable (empty) from the first run on
    if (!rejected.isEmpty()) writer.append(REJECTED_ROWS.spec(), spark.createDataFrame(rejected, REJECTED_ROWS.schema()).coalesce(1));
    List<Row> ledgerRows = new ArrayList<>();
    for (LedgerEntry e : entries) {
      ledgerRows.add(
          RowFactory.create(
              e.runId(), e.path(), e.sha256(), e.orgId(), e.platform(), java.sql.Date.valueOf(e.exportDate()), e.format(), e.series(),
              e.rowsRead(), e.rowsLanded(), e.rowsRejected(), e.status(), e.reason(), e.replacedSha256()));
    }
    if (!ledgerRows.isEmpty()) writer.append(LANDED_FILES.spec(), spark.createDataFrame(ledgerRows, LANDED_FILES.schema()).coalesce(1));
  }

  static Row rejectedRow(String runId, String path, String sha, RejectedRow r) {
    return RowFactory.create(runId, path, sha, r.rowNumber(), r.rawText(), r.reason());
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
