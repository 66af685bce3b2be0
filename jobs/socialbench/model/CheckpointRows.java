package socialbench.model;

import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * The rows of a local checkpoint as a plan that one query may read several times. Spark fails with
 * "key not found: &lt;column&gt;#&lt;id&gt;" when it re-instantiates a checkpoint's attributes for a second read in
 * one plan (the checkpoint carries its output partitioning, whose attributes the copy does not rename); a plan
 * over the checkpoint's internal rows without that partitioning can be read twice. The rows stay in Spark's
 * internal format: no conversion to {@link Row} and back (which cost fct_post's write at SF10 ≈ 4 s of task
 * time per read).
 */
final class CheckpointRows {
  private CheckpointRows() {}

  static Dataset<Row> reusable(SparkSession spark, Dataset<Row> checkpointed) {
    RDD<InternalRow> rows = ((org.apache.spark.sql.classic.Dataset<Row>) checkpointed).queryExecution().toRdd();
    return ((org.apache.spark.sql.classic.SparkSession) spark).internalCreateDataFrame(rows, checkpointed.schema(), false);
  }
}
