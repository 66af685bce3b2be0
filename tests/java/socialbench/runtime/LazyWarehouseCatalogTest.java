package socialbench.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * A session's start resolves no table: a warehouse of 7 tables (6 Delta in dw, bench and ops, one
 * partitioned Parquet table in bronze), written by path so no session knows them, is opened; no table
 * is entered in the session catalog until a statement names it, and then exactly that one.
 */
@ExtendWith(SparkTestExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LazyWarehouseCatalogTest {
  private static SparkSession spark;

  @BeforeAll
  static void aWarehouseNoSessionHasSeen(TestWarehouse wh) throws Exception {
    spark = wh.spark();
    CatalogReset.forgetAll(spark, Files.createTempDirectory("lazy-forgotten-"));
    Warehouse w = wh.warehouse();
    for (String t : List.of("dw.fct_a", "dw.fct_b", "dw.dim_c", "bench.page_month", "bench.page_rank", "ops.runs")) {
      spark.sql("select id as n from range(" + (t.length() % 5 + 1) + ")").write().format("delta").save(w.tablePath(t));
    }
    spark.sql("select 'p' || id as post_id, date_add(date'2026-09-01', cast(id % 3 as int)) as _export_date from range(6)")
        .write().partitionBy("_export_date").parquet(w.tablePath("bronze.posts"));
    CatalogLoads.clear();
    SparkSessions.start(wh.settings());
  }

  @Test
  @Order(1)
  void aSessionStartEntersNoTableAndAQueryEntersExactlyTheOneItNames(TestWarehouse wh) {
    assertEquals(List.of(), CatalogLoads.loaded(), "session start");
    assertEquals(List.of("dim_c", "fct_a", "fct_b"), names(spark.sql("show tables in dw")));
    assertEquals(List.of("page_month", "page_rank"), names(spark.sql("show tables in bench")));
    assertEquals(List.of(), CatalogLoads.loaded(), "SHOW TABLES lists directories, it loads nothing");

    assertEquals(4L, spark.sql("select count(*) from dw.fct_b").first().getLong(0)); // "dw.fct_b".length() % 5 + 1
    assertEquals(List.of("dw.fct_b"), CatalogLoads.loaded());
    assertEquals(4L, spark.sql("select count(*) from dw.fct_b").first().getLong(0));
    assertEquals(List.of("dw.fct_b"), CatalogLoads.loaded(), "entered once");
    assertTrue(spark.catalog().tableExists("bench", "page_rank"));
    assertEquals(List.of("dw.fct_b", "bench.page_rank"), CatalogLoads.loaded(), "tableExists enters that one table only");
  }

  @Test
  @Order(2)
  void describeAndBronzeWithItsPartitionColumnResolveOnFirstUse(TestWarehouse wh) {
    List<String> columns = spark.sql("describe table bench.page_month").collectAsList().stream().map(r -> r.getString(0)).toList();
    assertEquals("n", columns.get(0));
    assertTrue(CatalogLoads.loaded().contains("bench.page_month"));
    Row r = spark.sql("select count(*), count(distinct _export_date), min(_export_date) from bronze.posts").first();
    assertEquals(6L, r.getLong(0));
    assertEquals(3L, r.getLong(1));
    assertEquals(java.sql.Date.valueOf("2026-09-01"), r.getDate(2), "the partition column keeps its date type");
    assertTrue(CatalogLoads.loaded().contains("bronze.posts"));
    assertTrue(names(spark.sql("show tables in bronze")).contains("posts"));
  }

  @Test
  @Order(3)
  void aReaderSeesThePublishedVersionAndAnUnknownNameStaysUnknown(TestWarehouse wh) {
    Publication pub = new Publication(wh.warehouse(), spark.sparkContext().hadoopConfiguration());
    pub.publish(List.of("dw"));
    spark.sql("insert into dw.fct_a values (100)");
    wh.catalog().registerAll(true);
    long published = spark.sql("select count(*) from dw.fct_a").first().getLong(0);
    wh.catalog().registerAll();
    long latest = spark.sql("select count(*) from dw.fct_a").first().getLong(0);
    assertEquals(published + 1, latest);
    assertThrows(org.apache.spark.sql.AnalysisException.class, () -> spark.sql("select * from dw.no_such_table"));
    assertTrue(!CatalogLoads.loaded().contains("dw.no_such_table"));
  }

  /** The tables SHOW TABLES lists, without the temporary views earlier test classes left in this JVM's session. */
  private static List<String> names(org.apache.spark.sql.Dataset<Row> showTables) {
    return showTables.where("not isTemporary").collectAsList().stream().map(r -> r.getString(1)).sorted().toList();
  }
}
