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
   */
  public static NightScope of(SparkSession spark, Warehouse warehouse, LocalDate date, boolean full) {
    DeltaRows kernel = new DeltaRows(spark.sparkContext().hadoopConfiguration());
    Set<String> landRuns = new HashSet<>();
    boolean runs = kernel.scan(warehouse.tablePath("ops", "runs"), List.of("run_id", "job", "logical_date"), Optional.empty(), r -> {
      if ("land".equals(r.string(1)) && date.equals(r.date(2))) landRuns.add(r.string(0));
    });
    if (!runs) return new NightScope(date, Map.of());
    // ledgers written before rows_rejected existed have no partial files
    boolean[] rejectedColumn = {false};
    Map<String, LocalDate> from = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
    Map<String, LocalDate> withRejectedRows = new HashMap<>(); // path → its latest export date
    boolean ledger = kernel.scan(warehouse.tablePath("ops", "landed_files"), names -> {
      rejectedColumn[0] = names.contains("rows_rejected");
      return rejectedColumn[0]
          ? List.of("run_id", "org_id", "export_date", "status", "path", "rows_rejected")
          : List.of("run_id", "org_id", "export_date", "status");
    }, Optional.empty(), r -> {
      if (!LANDED.contains(r.string(3))) return;
      LocalDate exportDate = r.date(2);
      if (rejectedColumn[0] && !r.isNull(5) && r.number(5) > 0 && exportDate != null) {
        withRejectedRows.merge(r.string(4), exportDate, (a, b) -> a.isAfter(b) ? a : b);
      }
      if ((full || landRuns.contains(r.string(0))) && exportDate != null) {
        from.merge(r.string(1), exportDate, (a, b) -> a.isBefore(b) ? a : b);
      }
    });
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
