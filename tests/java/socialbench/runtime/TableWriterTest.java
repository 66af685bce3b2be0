package socialbench.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

@ExtendWith(SparkTestExtension.class)
class TableWriterTest {
  private static final TableSpec DAILY =
      new TableSpec("dw.page_followers", List.of("date"), "Followers per page and day.",
          Map.of("page_id", "Platform page id.", "date", "Calendar day (UTC).", "followers", "Followers at day end."));

  @Test
  void replacesExactlyOneSliceAndKeepsTheOthers(TestWarehouse wh) {
    SparkSession spark = wh.spark();
    TableWriter w = TableWriter.of(spark, wh.settings());
    w.overwrite(DAILY, spark.sql("select * from values ('p1', date'2026-11-01', 10L), ('p1', date'2026-11-02', 11L) as t(page_id, date, followers)"));
    w.replaceSlice(DAILY, spark.sql("select 'p1' as page_id, date'2026-11-02' as date, 12L as followers"), "date = '2026-11-02'");
    w.replaceSlice(DAILY, spark.sql("select 'p1' as page_id, date'2026-11-02' as date, 12L as followers"), "date = '2026-11-02'");

    assertRows(spark.sql("select page_id, cast(date as string), followers from dw.page_followers"),
        row("p1", "2026-11-01", 10), row("p1", "2026-11-02", 12));
  }

  @Test
  void mergesByKeyUpdatingAndInserting(TestWarehouse wh) {
    SparkSession spark = wh.spark();
    TableWriter w = TableWriter.of(spark, wh.settings());
    TableSpec dim = new TableSpec("dw.test_dim", List.of(), "t", Map.of());
    w.overwrite(dim, spark.sql("select * from values ('a', 1), ('b', 2) as t(k, v)"));
    w.mergeByKey(dim, spark.sql("select * from values ('b', 20), ('c', 3) as t(k, v)"), List.of("k"));
    assertRows(spark.sql("select * from dw.test_dim"), row("a", 1), row("b", 20), row("c", 3));
  }

  @Test
  void storesTableAndColumnCommentsInTheDeltaTable(TestWarehouse wh) {
    SparkSession spark = wh.spark();
    TableWriter.of(spark, wh.settings()).overwrite(DAILY, spark.sql("select 'p9' as page_id, date'2026-01-01' as date, 1L as followers"));
    assertRows(spark.sql("describe table dw.page_followers").where("col_name in ('page_id', 'followers')"),
        row("page_id", "string", "Platform page id."), row("followers", "bigint", "Followers at day end."));
    assertEquals("Followers per page and day.",
        spark.sql("describe table extended dw.page_followers").where("col_name = 'Comment'").first().getString(1));
  }
}
