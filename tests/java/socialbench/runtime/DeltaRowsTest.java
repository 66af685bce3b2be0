package socialbench.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/** Delta Kernel reads and appends in the JVM agree with Spark's Delta reader and writer, value for value. */
@ExtendWith(SparkTestExtension.class)
class DeltaRowsTest {
  static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("day", DataTypes.DateType, false)
      .add("at", DataTypes.TimestampType, false)
      .add("n", DataTypes.LongType, false)
      .add("note", DataTypes.StringType, true);

  private static String table(TestWarehouse wh, String name) throws Exception {
    return Files.createTempDirectory(wh.dir(), name).resolve("t").toString();
  }

  @Test
  void aKernelAppendIsReadBackBySparkAndAKernelScanReadsWhatSparkWrote(TestWarehouse wh) throws Exception {
    String path = table(wh, "kernel-");
    Row first = RowFactory.create("a", Date.valueOf("2026-10-01"), Timestamp.from(Instant.parse("2026-12-02T15:27:28.046873Z")), 7L, null);
    wh.spark().createDataFrame(List.of(first), SCHEMA).write().format("delta").save(path);

    DeltaRows rows = new DeltaRows(wh.spark().sparkContext().hadoopConfiguration());
    assertTrue(rows.append(path, List.of("id", "day", "at", "n", "note"), List.<Object[]>of(
        new Object[] {"b", Date.valueOf("2026-10-02"), Timestamp.from(Instant.parse("2026-12-02T16:00:00.5Z")), 8L, "kernel"},
        new Object[] {"c", LocalDate.parse("2026-10-03"), Instant.parse("2026-12-02T16:00:01Z"), -1L, null}), "test"));

    List<String> bySpark = new ArrayList<>();
    for (Row r : wh.spark().read().format("delta").load(path).orderBy("id").collectAsList()) {
      bySpark.add(r.getString(0) + "|" + r.getDate(1) + "|" + r.getTimestamp(2).toInstant() + "|" + r.getLong(3) + "|" + r.getString(4));
    }
    assertEquals(List.of(
        "a|2026-10-01|2026-12-02T15:27:28.046873Z|7|null",
        "b|2026-10-02|2026-12-02T16:00:00.500Z|8|kernel",
        "c|2026-10-03|2026-12-02T16:00:01Z|-1|null"), bySpark);
    assertEquals(1L, io.delta.tables.DeltaTable.forPath(wh.spark(), path).history(1).select("version").first().getLong(0),
        "one commit");

    List<String> byKernel = new ArrayList<>();
    assertTrue(rows.scan(path, List.of("n", "id", "day", "note"), Optional.empty(),
        r -> byKernel.add(r.string(1) + "|" + r.date(2) + "|" + r.number(0) + "|" + r.string(3))));
    byKernel.sort(null);
    assertEquals(List.of("a|2026-10-01|7|null", "b|2026-10-02|8|kernel", "c|2026-10-03|-1|null"), byKernel);
  }

  @Test
  void noTableOrOtherColumnsWriteNothingAndLeaveTheWriteToSpark(TestWarehouse wh) throws Exception {
    DeltaRows rows = new DeltaRows(wh.spark().sparkContext().hadoopConfiguration());
    String missing = table(wh, "missing-");
    assertFalse(rows.append(missing, List.of("id"), List.<Object[]>of(new Object[] {"x"}), "test"));
    assertFalse(Files.exists(Path.of(missing)));
    assertFalse(rows.scan(missing, List.of("id"), Optional.empty(), r -> {}));

    String path = table(wh, "narrow-");
    wh.spark().createDataFrame(List.of(RowFactory.create("a", Date.valueOf("2026-10-01"), Timestamp.from(Instant.EPOCH), 1L, null)), SCHEMA)
        .write().format("delta").save(path);
    assertFalse(rows.append(path, List.of("id", "day", "at", "n", "note", "extra"), List.<Object[]>of(
        new Object[] {"b", Date.valueOf("2026-10-02"), Timestamp.from(Instant.EPOCH), 2L, null, "x"}), "test"), "a column the table lacks");
    assertFalse(rows.append(path, List.of("id", "day", "at", "n"), List.<Object[]>of(
        new Object[] {"b", Date.valueOf("2026-10-02"), Timestamp.from(Instant.EPOCH), 2L}), "test"), "a column the rows lack");
    assertEquals(0L, io.delta.tables.DeltaTable.forPath(wh.spark(), path).history(1).select("version").first().getLong(0));
    assertEquals(1L, wh.spark().read().format("delta").load(path).count());
  }

  /** {@link DeltaRows.View#value} of every type a table here holds, against the values Spark wrote; a deleted row is not read. */
  @Test
  void valueGivesEachTypeAsJavaHoldsItAndSkipsDeletedRows(TestWarehouse wh) throws Exception {
    String path = table(wh, "values-");
    wh.spark().sql("select 1 as k, 'x' as s, cast(-3 as bigint) as l, 4 as i, cast(2 as smallint) as sh, cast(1 as tinyint) as b,"
        + " 0.25d as d, cast(1.5 as float) as f, true as t, cast('12.340' as decimal(10,3)) as dec, date'2026-03-06' as day,"
        + " timestamp'2026-03-06 10:00:00.000001' as at, timestamp_ntz'2026-03-06 10:00:00' as ntz, x'0aff' as bin,"
        + " array('a', null) as arr, map('k', 2L) as m, named_struct('p', 1, 'q', 'z') as st, cast(null as string) as nothing"
        + " union all select 2, 'gone', 0, 0, cast(0 as smallint), cast(0 as tinyint), 0d, 0f, false, 0, date'2026-01-01', timestamp'2026-01-01 00:00:00',"
        + " timestamp_ntz'2026-01-01 00:00:00', x'00', array(), map('z', 0L), named_struct('p', 0, 'q', ''), 'x'")
        .write().format("delta").option("delta.enableDeletionVectors", "true").save(path);
    wh.spark().sql("delete from delta.`" + path + "` where k = 2");
    DeltaRows rows = new DeltaRows(wh.spark().sparkContext().hadoopConfiguration());
    List<String> columns = rows.columns(path).orElseThrow();
    assertEquals(List.of("k", "s", "l", "i", "sh", "b", "d", "f", "t", "dec", "day", "at", "ntz", "bin", "arr", "m", "st", "nothing"), columns);
    List<List<Object>> read = new ArrayList<>();
    rows.scan(path, columns, java.util.Optional.empty(), r -> {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) values.add(r.value(i));
      read.add(values);
    });
    assertEquals(1, read.size(), "the deleted row is not read: " + read);
    List<Object> v = read.get(0);
    assertArrayEquals(new byte[] {0x0a, (byte) 0xff}, (byte[]) v.set(13, null));
    List<Object> expected = java.util.Arrays.asList(1, "x", -3L, 4, (short) 2, (byte) 1, 0.25d, 1.5f, true, new java.math.BigDecimal("12.340"),
        LocalDate.parse("2026-03-06"), Instant.parse("2026-03-06T10:00:00.000001Z"), java.time.LocalDateTime.parse("2026-03-06T10:00:00"),
        null, java.util.Arrays.asList("a", null), java.util.Map.of("k", 2L), List.of(1, "z"), null);
    for (int i = 0; i < columns.size(); i++) {
      Object e = expected.get(i), a = v.get(i);
      if (!(e instanceof java.util.Collection<?> || e instanceof java.util.Map<?, ?>)) {
        assertEquals(e == null ? null : e.getClass(), a == null ? null : a.getClass(), columns.get(i));
      }
      assertEquals(e, a, columns.get(i));
    }
    assertEquals(java.util.Optional.empty(), rows.columns(table(wh, "none-")));
  }
}
