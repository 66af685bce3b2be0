package socialbench.land;

import io.delta.kernel.expressions.Column;
import io.delta.kernel.expressions.Literal;
import io.delta.kernel.expressions.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.DeclaredTable;
import socialbench.runtime.DeltaRows;
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
    Set<String> wanted = new HashSet<>(shas);
    ledgerRows(List.of("org_id", "platform", "sha256", "status"), Optional.empty(), r -> {
      if (wanted.contains(r.string(2))) {
        out.computeIfAbsent(identity(r.string(0), r.string(1), r.string(2)), k -> new HashSet<>()).add(r.string(3));
      }
    });
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

  /** Ledger rows of files that landed in bronze for these export dates and orgs (one read of the ledger). */
  List<LedgerEntry> landedIn(Set<LocalDate> dates, Set<String> orgs) {
    List<LedgerEntry> out = new ArrayList<>();
    if (dates.isEmpty()) return out;
    // files whose export_date statistics lie outside [first, last] are not opened
    Column exportDate = new Column("export_date");
    Predicate within = new Predicate("AND",
        new Predicate(">=", exportDate, Literal.ofDate((int) Collections.min(dates).toEpochDay())),
        new Predicate("<=", exportDate, Literal.ofDate((int) Collections.max(dates).toEpochDay())));
    ledgerRows(LEDGER_COLUMNS, Optional.of(within), r -> {
      String status = r.string(11);
      if (dates.contains(r.date(5)) && orgs.contains(r.string(3))
          && (LedgerEntry.LANDED.equals(status) || LedgerEntry.REPLACED.equals(status))) {
        out.add(new LedgerEntry(r.string(0), r.string(1), r.string(2), r.string(3), r.string(4), r.date(5), r.string(6),
            r.string(7), r.number(8), r.number(9), r.number(10), status, r.string(12), r.string(13)));
      }
    });
    return out;
  }

  /**
   * Appends the run's ledger rows and quarantined rows; an empty list writes nothing (no Delta commit).
   * ops.rejected_rows is created on the first run, so it is queryable (empty) from then on.
   */
  void append(List<LedgerEntry> entries, List<Row> rejected) {
    TableWriter writer = TableWriter.of(spark, settings);
    if (!rejected.isEmpty()) {
      writer.append(REJECTED_ROWS.spec(), spark.createDataFrame(rejected, REJECTED_ROWS.schema()).coalesce(1));
    } else if (!exists(warehouse.tablePath(REJECTED_ROWS.spec().name()))) {
      writer.ensure(REJECTED_ROWS.spec(), REJECTED_ROWS.schema()); // queryable (empty) from the first run on
    }
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

  /** The ledger's columns in declared order (sql/ops/landed_files.sql), the order {@link #landedIn} reads them by. */
  private static final List<String> LEDGER_COLUMNS = List.of(LANDED_FILES.schema().fieldNames());

  /**
   * Every row of ops.landed_files (its latest version) with {@code columns}, read with Delta Kernel, not a
   * Spark query: a night with nothing new learns so from the ledger without a Spark job (docs/performance.md,
   * "Start-up cost"). Nothing when the ledger does not exist yet.
   */
  private void ledgerRows(List<String> columns, Optional<Predicate> skipping, Consumer<DeltaRows.View> each) {
    String path = warehouse.tablePath("ops", "landed_files");
    if (!exists(path)) return;
    new DeltaRows(spark.sparkContext().hadoopConfiguration()).scan(path, columns, skipping, each);
  }

  private boolean exists(String table) {
    try {
      Path p = new Path(table, "_delta_log");
      return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
