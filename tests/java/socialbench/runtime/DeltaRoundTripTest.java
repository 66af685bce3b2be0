package socialbench.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

@ExtendWith(SparkTestExtension.class)
class DeltaRoundTripTest {

  @Test
  void writesMergesReadsBackAndTravelsInTime(TestWarehouse wh) {
    SparkSession spark = wh.spark();
    spark.sql("CREATE TABLE dw.followers (page_id STRING, followers BIGINT) USING delta");
    spark.sql("INSERT INTO dw.followers VALUES ('p1', 100), ('p2', 200)");
    spark.sql(
        "MERGE INTO dw.followers t USING (SELECT 'p2' AS page_id, 250L AS followers UNION ALL SELECT 'p3', 30L) s "
            + "ON t.page_id = s.page_id "
            + "WHEN MATCHED THEN UPDATE SET followers = s.followers WHEN NOT MATCHED THEN INSERT *");

    assertRows(spark.sql("SELECT * FROM dw.followers"), row("p1", 100), row("p2", 250), row("p3", 30));
    assertRows(spark.sql("SELECT * FROM dw.followers VERSION AS OF 1"), row("p1", 100), row("p2", 200));
    assertEquals(380L, spark.sql("SELECT sum(followers) FROM dw.followers").first().getLong(0));
  }

  @Test
  void createsTheFourDatabasesUnderTheWarehouse(TestWarehouse wh) {
    assertRows(
        wh.spark().sql("SHOW DATABASES"), row("bench"), row("bronze"), row("default"), row("dw"), row("ops"));
    assertEquals(
        wh.dir().toAbsolutePath() + "/dw.db/x",
        wh.warehouse().tablePath("dw", "x"));
  }
}
