package socialbench.model;

import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * {@link CheckpointRows}: a local checkpoint (here one with an output partitioning, as a model's rows have
 * after a shuffle) read twice in one plan, as MergeWithinSlices reads the night's rows (the earliest day, the
 * keys of the kept rows, the rows themselves), gives the checkpoint's rows each time.
 */
@ExtendWith(SparkTestExtension.class)
class CheckpointRowsTest {
  @Test
  void aCheckpointReadTwiceInOnePlanGivesItsRowsEachTime(TestWarehouse wh) {
    Dataset<Row> checkpointed = wh.spark()
        .sql("select org_id, cast(d as date) as day, cast(v as bigint) as v from values"
            + " ('o1', '2026-03-01', 2), ('o2', '2026-03-04', 3), ('o3', '2026-03-02', 5) as t(org_id, d, v)")
        .repartition(functions.col("org_id"))
        .localCheckpoint(true);
    Dataset<Row> rows = CheckpointRows.reusable(wh.spark(), checkpointed);

    Dataset<Row> large = rows.where("v > 2").select(functions.col("org_id"), functions.col("v").as("large_v"));
    assertRows(rows.join(large, "org_id").select("org_id", "day", "v", "large_v"),
        row("o2", java.sql.Date.valueOf("2026-03-04"), 3L, 3L),
        row("o3", java.sql.Date.valueOf("2026-03-02"), 5L, 5L));
    // the union of the rows with a filtered read of the same rows: 3 + 1 rows, the smallest day of both
    Dataset<Row> both = rows.unionAll(rows.where("org_id = 'o1'"));
    assertRows(both.agg(functions.count("*"), functions.min("day"), functions.sum("v")),
        row(4L, java.sql.Date.valueOf("2026-03-01"), 12L));
  }
}
