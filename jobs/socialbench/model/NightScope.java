package socialbench.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import io.delta.kernel.expressions.Column;
import io.delta.kernel.expressions.Literal;
import io.delta.kernel.expressions.Predicate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import socialbench.runtime.DeltaRows;
import socialbench.runtime.Warehouse;

/**
 * What a night touches: for each organization (and {@code _reference}) whose files the land runs of
 * logical date D landed or replaced (ops.landed_files ⋈ ops.runs), the earliest export date among
 * those files. The models rebuild each such organization's tail from that date on. With {@code full},
 * every organization that ever landed a file, from its first export date. {@code partialFiles} are the
 * files (zip members, sheets) of export dates from {@link #minFrom()} on that landed with quarantined rows.
 *
 * <p>Both ledgers are read with Delta Kernel in this JVM ({@link DeltaRows}), not by a Spark query: the
 * model and check stages each ask once a night, and a Spark query over two Delta tables costs a file
 * listing of each and a job, whatever their size (docs/performance.md).
 */
public record NightScope(LocalDate date, Map<String, LocalDate> fromDates, List<String> partialFiles) {
  public static final String REFERENCE = "_reference";
  private static final Set<String> LANDED = Set.of("landed", "replaced");

  public NightScope(LocalDate date, Map<String, LocalDate> fromDates) {
    this(date, fromDates, List.of());
  }

  /**
   * The scope of D from the ledgers of {@code warehouse}: the files that land runs of D (ops.runs: job
   * {@code land}, logical_date D) recorded in ops.landed_files as landed or replaced; with {@code full}
   * every such file of any run. Empty while either ledger does not exist.
   *
   * <p>Without {@code full} the landing ledger, which grows every night, is read twice with file skipping
   * instead of whole: the rows of D's land runs (files whose run_id statistics span none of those runs' ids
   * are not opened), then, for the partial files, the rows exported on or after {@link #minFrom()} (a path's
   * latest export date is on or after it exactly when one of its rows is).
   */
  public static NightScope of(SparkSession spark, Warehouse warehouse, LocalDate date, boolean full) {
    DeltaRows kernel = new DeltaRows(spark.sparkContext().hadoopConfiguration());
    Set<String> landRuns = new HashSet<>();
    boolean runs = kernel.scan(warehouse.tablePath("ops", "runs"), List.of("run_id", "job", "logical_date"), Optional.empty(), r -> {
      if ("land".equals(r.string(1)) && date.equals(r.date(2))) landRuns.add(r.string(0));
    });
    if (!runs) return new NightScope(date, Map.of());
    String ledgerPath = warehouse.tablePath("ops", "landed_files");
    Map<String, LocalDate> from = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
    Map<String, LocalDate> withRejectedRows = new HashMap<>(); // path → its latest export date
    // ledgers written before rows_rejected existed have no partial files
    boolean[] rejectedColumn = {false};
    java.util.function.Function<List<String>, List<String>> columns = names -> {
      rejectedColumn[0] = names.contains("rows_rejected");
      return rejectedColumn[0]
          ? List.of("run_id", "org_id", "export_date", "status", "path", "rows_rejected")
          : List.of("run_id", "org_id", "export_date", "status");
    };
    boolean ledger;
    if (full) {
      ledger = kernel.scan(ledgerPath, columns, Optional.empty(), r -> {
        rejectedRows(r, rejectedColumn[0], withRejectedRows);
        fromDate(r, from);
      });
    } else {
      if (landRuns.isEmpty()) {
        ledger = kernel.columns(ledgerPath).isPresent();
      } else {
        Predicate ofTheRuns = new Predicate("AND",
            new Predicate(">=", new Column("run_id"), Literal.ofString(java.util.Collections.min(landRuns))),
            new Predicate("<=", new Column("run_id"), Literal.ofString(java.util.Collections.max(landRuns))));
        ledger = kernel.scan(ledgerPath, columns, Optional.of(ofTheRuns), r -> {
          if (landRuns.contains(r.string(0))) fromDate(r, from);
        });
      }
      if (ledger) {
        LocalDate minFrom = new NightScope(date, from).minFrom();
        Predicate exportedSince = new Predicate(">=", new Column("export_date"), Literal.ofDate((int) minFrom.toEpochDay()));
        kernel.scan(ledgerPath, columns, Optional.of(exportedSince), r -> rejectedRows(r, rejectedColumn[0], withRejectedRows));
      }
    }
    if (!ledger) return new NightScope(date, Map.of());
    NightScope scope = new NightScope(date, new LinkedHashMap<>(from));
    LocalDate minFrom = scope.minFrom();
    List<String> partial = new ArrayList<>();
    withRejectedRows.forEach((path, exportDate) -> {
      if (!exportDate.isBefore(minFrom)) partial.add(path);
    });
    java.util.Collections.sort(partial);
    return new NightScope(date, scope.fromDates(), partial);
  }

  /** A landed or replaced file's earliest export date for its organization. */
  private static void fromDate(DeltaRows.View r, Map<String, LocalDate> from) {
    LocalDate exportDate = r.date(2);
    if (LANDED.contains(r.string(3)) && exportDate != null) from.merge(r.string(1), exportDate, (a, b) -> a.isBefore(b) ? a : b);
  }

  /** A landed or replaced file with quarantined rows: its path's latest export date. */
  private static void rejectedRows(DeltaRows.View r, boolean rejectedColumn, Map<String, LocalDate> withRejectedRows) {
    LocalDate exportDate = r.date(2);
    if (rejectedColumn && LANDED.contains(r.string(3)) && !r.isNull(5) && r.number(5) > 0 && exportDate != null) {
      withRejectedRows.merge(r.string(4), exportDate, (a, b) -> a.isAfter(b) ? a : b);
    }
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
    List<Row> paths = new ArrayList<>();
    for (String p : partialFiles) paths.add(RowFactory.create(p));
    spark.createDataFrame(paths, new StructType().add("path", DataTypes.StringType)).createOrReplaceTempView("partial_files");
  }

  private void registerScope(SparkSession spark) {
    List<Row> rows = new java.util.ArrayList<>();
    fromDates.forEach((org, d) -> rows.add(RowFactory.create(org, java.sql.Date.valueOf(d))));
    spark.createDataFrame(rows, new StructType().add("org_id", DataTypes.StringType).add("from_date", DataTypes.DateType))
        .createOrReplaceTempView("scope_orgs");
  }
}
