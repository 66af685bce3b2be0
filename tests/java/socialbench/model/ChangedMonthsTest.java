package socialbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.runtime.TableWriter;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * ops.changed_months written by two models at once: the model stage runs two models side by side, and on a
 * warehouse that has no ops.changed_months yet both may record changed older months in the same moment (a
 * backlog's first night: a late post export and a late CRM export). Both months are recorded and neither
 * model fails (before, both created the table and one failed with Delta's DELTA_PROTOCOL_CHANGED).
 */
@ExtendWith(SparkTestExtension.class)
class ChangedMonthsTest {
  private static ModelFile tracked(String table) {
    return ModelFile.parse("test/" + table + ".sql", "-- table: " + table + "\n-- key: date\n-- write: slice date from scope_orgs\n"
        + "-- tracks: date\n-- column: date DATE | Day.\n-- column: v BIGINT | Value.\nselect 1");
  }

  @Test
  void twoModelsRecordingChangedMonthsAtOnceOnAWarehouseWithoutTheTableBothLand(TestWarehouse wh) throws Exception {
    SparkSession spark = wh.spark();
    spark.sql("create table dw.tracked_a (date date, v bigint) using delta");
    spark.sql("insert into dw.tracked_a values (date'2026-07-10', 1)");
    spark.sql("create table dw.tracked_b (date date, v bigint) using delta");
    spark.sql("insert into dw.tracked_b values (date'2026-08-10', 1)");
    assertEquals(false, spark.catalog().tableExists("ops", "changed_months"));
    ChangedMonths changed = new ChangedMonths(spark, TableWriter.of(spark, wh.settings()), LocalDate.of(2026, 10, 20));
    // the night corrects July in a and August in b (both older than October, the month bench recomputes anyway)
    Dataset<Row> a = spark.sql("select date'2026-07-10' as date, 2L as v");
    Dataset<Row> b = spark.sql("select date'2026-08-10' as date, 2L as v");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      CompletableFuture<Void> first = CompletableFuture.runAsync(() -> await(start, () -> changed.beforeSlice(tracked("dw.tracked_a"), a, "true")), pool);
      CompletableFuture<Void> second = CompletableFuture.runAsync(() -> await(start, () -> changed.beforeSlice(tracked("dw.tracked_b"), b, "true")), pool);
      start.countDown();
      CompletableFuture.allOf(first, second).join();
    } finally {
      pool.shutdownNow();
    }
    assertRows(spark.sql("select cast(logical_date as string), table_name, cast(month as string) from ops.changed_months"),
        row("2026-10-20", "dw.tracked_a", "2026-07-01"), row("2026-10-20", "dw.tracked_b", "2026-08-01"));
  }

  private static void await(CountDownLatch start, Runnable r) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    r.run();
  }
}
