package socialbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.runtime.TableWriter;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * {@code write: merge KEYS within COLUMN} (dw.dim_post, dw.fct_post): the rows a MERGE by the key gives, and
 * the files of days before the night's slice stay as they are (neither rewritten nor replaced).
 */
@ExtendWith(SparkTestExtension.class)
class MergeWithinSlicesTest {
  private static final ModelFile POSTS = ModelFile.parse("marts/t_posts.sql", """
      -- table: dw.t_posts
      -- write: merge org_id, post_id within published_date
      -- column: org_id STRING | Organization.
      -- column: post_id STRING | Post.
      -- column: published_date DATE | Publish day.
      -- column: v BIGINT | A figure.
      select 1 as v
      """);

  private static Dataset<Row> rows(SparkSession spark, String values) {
    return spark.sql("select org_id, post_id, cast(d as date) as published_date, cast(v as bigint) as v from values "
        + values + " as t(org_id, post_id, d, v)");
  }

  /** The file each post's row is read from. */
  private static List<Row> files(SparkSession spark) {
    return spark.sql("select post_id, input_file_name() from dw.t_posts order by post_id").collectAsList();
  }

  private static String fileOf(List<Row> files, String postId) {
    return files.stream().filter(r -> r.getString(0).equals(postId)).findFirst().orElseThrow().getString(1);
  }

  @Test
  void tonightsRowsReplaceTheirKeysAndOlderDaysKeepTheirFiles(TestWarehouse wh) {
    SparkSession spark = wh.spark();
    TableWriter writer = TableWriter.of(spark, wh.settings());
    // January in one file, March in another (two commits, as two earlier nights would leave them).
    writer.overwrite(POSTS.tableSpec(), rows(spark, "('o1', 'p1', '2026-01-10', 1), ('o2', 'q1', '2026-01-10', 1)").coalesce(1));
    writer.append(POSTS.tableSpec(), rows(spark, "('o1', 'p2', '2026-03-01', 1), ('o1', 'p3', '2026-03-02', 1), ('o1', 'p6', '2026-03-04', 1), "
        + "('o2', 'q2', '2026-03-01', 1), ('o1', 'p4', null, 1)").coalesce(1));
    List<Row> before = files(spark);
    long commits = spark.sql("describe history dw.t_posts").count();

    // p2 updated, p3 moved to a later day, p6 to an earlier one (but after January), p5 new; o2 brings nothing.
    Dataset<Row> tonight = rows(spark, "('o1', 'p2', '2026-03-01', 2), ('o1', 'p3', '2026-03-05', 2), ('o1', 'p6', '2026-02-20', 2), "
        + "('o1', 'p5', '2026-03-03', 2)").localCheckpoint(true);
    LocalDate from = new MergeWithinSlices(spark).write(POSTS, tonight, writer, new ChangedMonths(spark, writer, LocalDate.parse("2026-03-06")));
    // o1's slice starts at p6's new day (ops.written_slices records it for the checks)
    assertEquals(LocalDate.parse("2026-02-20"), from);

    assertRows(spark.sql("select org_id, post_id, cast(published_date as string), v from dw.t_posts"),
        row("o1", "p1", "2026-01-10", 1), row("o2", "q1", "2026-01-10", 1),
        row("o1", "p2", "2026-03-01", 2), row("o1", "p3", "2026-03-05", 2), row("o1", "p4", null, 1),
        row("o1", "p5", "2026-03-03", 2), row("o1", "p6", "2026-02-20", 2), row("o2", "q2", "2026-03-01", 1));
    List<Row> after = files(spark);
    // p1 and q1 (January) are still read from the file they were written to.
    assertEquals(fileOf(before, "p1"), fileOf(after, "p1"));
    assertEquals(fileOf(before, "q1"), fileOf(after, "q1"));
    assertEquals(fileOf(before, "p1"), fileOf(before, "q1"));
    // The March file was replaced (o2's q2, which shared it, was copied out of it).
    String march = fileOf(before, "p3");
    assertEquals(0, after.stream().filter(r -> r.getString(1).equals(march)).count());
    // One commit: the replaced slice.
    assertEquals(commits + 1, spark.sql("describe history dw.t_posts").count());
  }

  @Test
  void aPostMovedOutOfItsOldDayLeavesNoRowBehindAndARerunChangesNothing(TestWarehouse wh) {
    SparkSession spark = wh.spark();
    TableWriter writer = TableWriter.of(spark, wh.settings());
    writer.overwrite(POSTS.tableSpec(), rows(spark, "('o1', 'p1', '2026-01-10', 1), ('o1', 'p2', '2026-03-01', 1)"));
    // p2's publish day moved from 03-01 to 03-09: the slice starts at its stored day, so its old row goes.
    Dataset<Row> tonight = rows(spark, "('o1', 'p2', '2026-03-09', 5)").localCheckpoint(true);
    ChangedMonths changed = new ChangedMonths(spark, writer, LocalDate.parse("2026-03-10"));
    new MergeWithinSlices(spark).write(POSTS, tonight, writer, changed);
    new MergeWithinSlices(spark).write(POSTS, tonight, writer, changed);
    assertRows(spark.sql("select post_id, cast(published_date as string), v from dw.t_posts"),
        row("p1", "2026-01-10", 1), row("p2", "2026-03-09", 5));
  }

  @Test
  void anOldRowThatSharedAFileWithTonightsLeavesItAndIsNotRewrittenTheNightAfter(TestWarehouse wh) {
    SparkSession spark = wh.spark();
    TableWriter writer = TableWriter.of(spark, wh.settings());
    // One file with a January post and a March post (a MERGE's output mixes them like this).
    writer.overwrite(POSTS.tableSpec(), rows(spark, "('o1', 'p1', '2026-01-10', 1), ('o1', 'p2', '2026-03-01', 1)").coalesce(1));
    ChangedMonths changed = new ChangedMonths(spark, writer, LocalDate.parse("2026-03-10"));
    new MergeWithinSlices(spark).write(POSTS, rows(spark, "('o1', 'p2', '2026-03-01', 2)").localCheckpoint(true), writer, changed);
    List<Row> night1 = files(spark);
    // p1 now sits in a file without p2 (a MERGE would have written them into one file again) ...
    assertEquals(1, night1.stream().filter(r -> r.getString(1).equals(fileOf(night1, "p1"))).count());
    new MergeWithinSlices(spark).write(POSTS, rows(spark, "('o1', 'p2', '2026-03-01', 3)").localCheckpoint(true), writer, changed);
    // ... so the next night, which changes p2 again, leaves p1's file alone.
    assertEquals(fileOf(night1, "p1"), fileOf(files(spark), "p1"));
    assertRows(spark.sql("select post_id, v from dw.t_posts"), row("p1", 1), row("p2", 3));
  }

  /** Rows ('o1', 'o1-05', '2026-03-05', v) for each organization and day of March from first to last. */
  private static String days(String org, int first, int last, int v) {
    StringBuilder sb = new StringBuilder();
    for (int d = first; d <= last; d++) {
      if (sb.length() > 0) sb.append(", ");
      sb.append(String.format("('%s', '%s-%02d', '2026-03-%02d', %d)", org, org, d, d, v));
    }
    return sb.toString();
  }

  @Test
  void rowsBeforeTheNightsEarliestDayAreCopiedOnceWhenOrganizationsReachBackDifferentDays(TestWarehouse wh) {
    SparkSession spark = wh.spark();
    TableWriter writer = TableWriter.of(spark, wh.settings());
    // Both organizations' 1st to 10th in one file. Each night an organization's export reaches back its own
    // number of days: o1 to the 3rd and o2 to the 6th, the next night the 4th and the 7th.
    writer.overwrite(POSTS.tableSpec(), rows(spark, days("o1", 1, 10, 1) + ", " + days("o2", 1, 10, 1)).coalesce(1));
    ChangedMonths changed = new ChangedMonths(spark, writer, LocalDate.parse("2026-03-12"));
    LocalDate from = new MergeWithinSlices(spark).write(POSTS,
        rows(spark, days("o1", 3, 10, 2) + ", " + days("o2", 6, 10, 2)).localCheckpoint(true), writer, changed);
    assertEquals(LocalDate.parse("2026-03-03"), from);
    List<Row> night2 = files(spark);
    // the 1st and 2nd were copied out of the replaced file, into a file of their own
    assertEquals(List.of("o1-01", "o1-02", "o2-01", "o2-02"), night2.stream()
        .filter(r -> r.getString(1).equals(fileOf(night2, "o1-01"))).map(r -> r.getString(0)).sorted().toList());

    new MergeWithinSlices(spark).write(POSTS,
        rows(spark, days("o1", 4, 11, 3) + ", " + days("o2", 7, 11, 3)).localCheckpoint(true), writer, changed);
    // The next night starts on the 4th: that file is not replaced again. (With a slice per organization, o2's
    // 3rd to 5th would have been copied beside them, inside o1's next slice, and copied again every night.)
    List<Row> night3 = files(spark);
    for (String post : List.of("o1-01", "o1-02", "o2-01", "o2-02")) assertEquals(fileOf(night2, post), fileOf(night3, post), post);
    assertRows(spark.sql("select post_id, v from dw.t_posts where post_id in ('o1-03', 'o1-04', 'o2-03', 'o2-05', 'o2-06', 'o2-07', 'o2-11')"),
        row("o1-03", 2), row("o1-04", 3), row("o2-03", 1), row("o2-05", 1), row("o2-06", 2), row("o2-07", 3), row("o2-11", 3));
    assertEquals(22, spark.table("dw.t_posts").count());
  }
}
