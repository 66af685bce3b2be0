package socialbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.runtime.Warehouse;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * A night's scope from the two ledgers (read with Delta Kernel): the organizations whose files land runs of D
 * landed or replaced, each from its earliest such export date, and the files with quarantined rows from that
 * date on. Hand-made ledgers of 2026-03-06:
 * <pre>
 * runs:  r1 land 03-06 | r2 land 03-05 | r3 model 03-06 | r4 land 03-06
 * files: r1 acme       03-04 landed            a1
 *        r1 acme       03-02 replaced  2 rejected rows  a2
 *        r4 _reference 03-05 landed            ref
 *        r1 beta       03-01 skipped_duplicate b1
 *        r1 acme       03-06 rejected  5 rejected rows  a3
 *        r2 gamma      02-20 landed    3 rejected rows  g1
 *        r2 gamma      03-03 landed    1 rejected row   g2
 *        r3 delta      03-01 landed            d1
 * </pre>
 */
@ExtendWith(SparkTestExtension.class)
class NightScopeTest {
  static final LocalDate D = LocalDate.parse("2026-03-06");

  private static Warehouse ledgers(TestWarehouse wh, boolean withRejectedColumn) throws Exception {
    Warehouse warehouse = new Warehouse(Files.createTempDirectory(wh.dir(), "ledgers-").toString());
    StructType runs = new StructType().add("run_id", DataTypes.StringType).add("job", DataTypes.StringType)
        .add("logical_date", DataTypes.DateType);
    wh.spark().createDataFrame(List.of(run("r1", "land", "2026-03-06"), run("r2", "land", "2026-03-05"),
            run("r3", "model", "2026-03-06"), run("r4", "land", "2026-03-06")), runs)
        .write().format("delta").save(warehouse.tablePath("ops", "runs"));
    StructType files = new StructType().add("run_id", DataTypes.StringType).add("path", DataTypes.StringType)
        .add("org_id", DataTypes.StringType).add("export_date", DataTypes.DateType).add("status", DataTypes.StringType);
    if (withRejectedColumn) files = files.add("rows_rejected", DataTypes.LongType);
    List<Row> rows = new ArrayList<>();
    for (Object[] f : new Object[][] {
        {"r1", "a1", "acme", "2026-03-04", "landed", 0L}, {"r1", "a2", "acme", "2026-03-02", "replaced", 2L},
        {"r4", "ref", "_reference", "2026-03-05", "landed", 0L}, {"r1", "b1", "beta", "2026-03-01", "skipped_duplicate", 0L},
        {"r1", "a3", "acme", "2026-03-06", "rejected", 5L}, {"r2", "g1", "gamma", "2026-02-20", "landed", 3L},
        {"r2", "g2", "gamma", "2026-03-03", "landed", 1L}, {"r3", "d1", "delta", "2026-03-01", "landed", 0L}}) {
      Object[] v = {f[0], f[1], f[2], Date.valueOf((String) f[3]), f[4], f[5]};
      rows.add(RowFactory.create(withRejectedColumn ? v : java.util.Arrays.copyOf(v, 5)));
    }
    wh.spark().createDataFrame(rows, files).write().format("delta").save(warehouse.tablePath("ops", "landed_files"));
    return warehouse;
  }

  private static Row run(String id, String job, String date) {
    return RowFactory.create(id, job, Date.valueOf(date));
  }

  private static Map<String, LocalDate> from(String... orgAndDate) {
    Map<String, LocalDate> out = new LinkedHashMap<>();
    for (int i = 0; i < orgAndDate.length; i += 2) out.put(orgAndDate[i], LocalDate.parse(orgAndDate[i + 1]));
    return out;
  }

  @Test
  void theLandRunsOfTheNightDecideTheOrganizationsAndFilesWithRejectedRowsFromTheEarliestDateArePartial(TestWarehouse wh)
      throws Exception {
    Warehouse warehouse = ledgers(wh, true);
    NightScope night = NightScope.of(wh.spark(), warehouse, D, false);
    assertEquals(from("_reference", "2026-03-05", "acme", "2026-03-02"), night.fromDates());
    assertEquals(List.of("_reference", "acme"), List.copyOf(night.fromDates().keySet()));
    assertEquals(LocalDate.parse("2026-03-02"), night.minFrom());
    // g1 is older than 03-02; a3 was rejected as a whole (nothing of it landed)
    assertEquals(List.of("a2", "g2"), night.partialFiles());

    NightScope full = NightScope.of(wh.spark(), warehouse, D, true);
    assertEquals(from("_reference", "2026-03-05", "acme", "2026-03-02", "delta", "2026-03-01", "gamma", "2026-02-20"), full.fromDates());
    assertEquals(List.of("a2", "g1", "g2"), full.partialFiles());

    NightScope other = NightScope.of(wh.spark(), warehouse, LocalDate.parse("2026-03-03"), false);
    assertEquals(Map.of(), other.fromDates());
    assertEquals(LocalDate.parse("2026-03-03"), other.minFrom());
    assertEquals(List.of("g2"), other.partialFiles());
  }

  @Test
  void aLedgerWithoutRowsRejectedHasNoPartialFilesAndNoLedgersMeanNothingTouched(TestWarehouse wh) throws Exception {
    NightScope old = NightScope.of(wh.spark(), ledgers(wh, false), D, false);
    assertEquals(from("_reference", "2026-03-05", "acme", "2026-03-02"), old.fromDates());
    assertEquals(List.of(), old.partialFiles());

    Warehouse empty = new Warehouse(Files.createTempDirectory(wh.dir(), "empty-").toString());
    NightScope none = NightScope.of(wh.spark(), empty, D, false);
    assertEquals(Map.of(), none.fromDates());
    assertEquals(List.of(), none.partialFiles());
    assertEquals(D, none.minFrom());
  }

  /**
   * The ledger grows every night, and a night reads only its part: the land run of 01-10 appended one file, the
   * night of 03-06 another; with the earlier file gone from the disk, the night's scope (by run_id and then by
   * export date, from the files' statistics) is still read, while reading every file (the full scope) fails.
   */
  @Test
  void aNightOpensOnlyTheLedgerFilesOfItsLandRunsAndOfItsExportDates(TestWarehouse wh) throws Exception {
    Warehouse warehouse = new Warehouse(Files.createTempDirectory(wh.dir(), "ledgers-").toString());
    StructType runs = new StructType().add("run_id", DataTypes.StringType).add("job", DataTypes.StringType)
        .add("logical_date", DataTypes.DateType);
    wh.spark().createDataFrame(List.of(run("land-2026-01-10-0a1b2c3d", "land", "2026-01-10"),
        run("land-2026-03-06-4e5f6a7b", "land", "2026-03-06")), runs).write().format("delta").save(warehouse.tablePath("ops", "runs"));
    StructType files = new StructType().add("run_id", DataTypes.StringType).add("path", DataTypes.StringType)
        .add("org_id", DataTypes.StringType).add("export_date", DataTypes.DateType).add("status", DataTypes.StringType)
        .add("rows_rejected", DataTypes.LongType);
    String ledger = warehouse.tablePath("ops", "landed_files");
    wh.spark().createDataFrame(List.of(RowFactory.create("land-2026-01-10-0a1b2c3d", "old", "acme", Date.valueOf("2026-01-10"), "landed", 4L)), files)
        .coalesce(1).write().format("delta").save(ledger);
    List<Path> earlier;
    try (var s = Files.list(Path.of(ledger))) {
      earlier = s.filter(f -> f.getFileName().toString().endsWith(".parquet")).toList();
    }
    assertEquals(1, earlier.size(), earlier.toString());
    wh.spark().createDataFrame(List.of(
            RowFactory.create("land-2026-03-06-4e5f6a7b", "n1", "acme", Date.valueOf("2026-03-04"), "landed", 0L),
            RowFactory.create("land-2026-03-06-4e5f6a7b", "n2", "acme", Date.valueOf("2026-03-05"), "landed", 2L)), files)
        .coalesce(1).write().format("delta").mode("append").save(ledger);
    Files.delete(earlier.get(0));

    NightScope night = NightScope.of(wh.spark(), warehouse, D, false);
    assertEquals(from("acme", "2026-03-04"), night.fromDates());
    assertEquals(List.of("n2"), night.partialFiles());
    org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> NightScope.of(wh.spark(), warehouse, D, true));
  }
}
