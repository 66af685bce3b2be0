package socialbench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * What perf's {@code sql_statements}, {@code sql_executions} and {@code delta_commits} count: the statements a
 * step's code runs, and besides them the queries Delta runs inside a statement (the file listing of a scan).
 */
@ExtendWith(SparkTestExtension.class)
class SparkWorkTest {

  @Test
  void aQueryOfADeltaTableIsOneStatementAndTwoExecutionsAViewDefinitionOneOfEach(TestWarehouse wh) {
    SparkSession spark = wh.spark();
    String table = wh.dir().resolve("dw.db/work_t").toString();
    spark.range(0, 10).selectExpr("id", "id % 3 as g").coalesce(1).write().format("delta").save(table);
    String query = "select g, sum(id) from delta.`" + table + "` group by g";
    // the first read of a version also computes Delta's state of it (more executions inside the statement)
    spark.sql(query).collectAsList();
    SparkWork work = SparkWork.listen(spark, wh.dir().toString());
    try {
      SparkWork.Counts c0 = work.now();
      assertEquals(1, c0.deltaCommits(), "the table's first version");

      assertEquals(3, spark.sql(query).collectAsList().size());
      SparkWork.Counts c1 = work.now();
      SparkWork.Counts read = c1.minus(c0);
      assertEquals(1, read.sqlStatements());
      assertEquals(2, read.sqlExecutions(), "the query and, inside it, Delta's listing of the table's files for the scan");
      assertEquals(0, read.deltaCommits());

      spark.range(3).createOrReplaceTempView("work_v");
      SparkWork.Counts c2 = work.now();
      SparkWork.Counts view = c2.minus(c1);
      assertEquals(1, view.sqlStatements());
      assertEquals(1, view.sqlExecutions(), "a view definition runs no query of its own");

      spark.range(5).selectExpr("id", "id as g").write().format("delta").mode("append").save(table);
      SparkWork.Counts append = work.now().minus(c2);
      assertEquals(1, append.sqlStatements());
      assertEquals(1, append.deltaCommits());
    } finally {
      work.stop();
    }
  }
}
