package socialbench.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
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

  /**
   * A spec's statistics columns become the table's delta.dataSkippingStatsColumns: set when ensure creates it,
   * and set on a table created before the spec named them (a warehouse of an earlier release); the files
   * written afterwards carry min/max statistics for those columns only.
   */
  @Test
  void keepsStatisticsForTheSpecsColumnsOnNewAndOlderTables(TestWarehouse wh) throws Exception {
    SparkSession spark = wh.spark();
    TableWriter w = TableWriter.of(spark, wh.settings());
    String rows = "select * from values ('o1', 'p1', date'2026-11-01', 10L) as t(org_id, page_id, date, followers)";
    TableSpec fresh = new TableSpec("dw.stats_new", List.of(), "t", Map.of(), List.of("org_id", "date"));
    w.overwrite(fresh, spark.sql(rows));
    assertEquals("org_id,date", property(spark, "dw.stats_new"));
    assertEquals("{\"numRecords\":1,\"minValues\":{\"org_id\":\"o1\",\"date\":\"2026-11-01\"},"
        + "\"maxValues\":{\"org_id\":\"o1\",\"date\":\"2026-11-01\"},\"nullCount\":{\"org_id\":0,\"date\":0}}",
        lastFileStats(spark, wh.warehouse().tablePath("dw.stats_new")));

    w.overwrite(new TableSpec("dw.stats_old", List.of(), "t", Map.of()), spark.sql(rows));
    assertEquals(null, property(spark, "dw.stats_old"));
    w.overwrite(new TableSpec("dw.stats_old", List.of(), "t", Map.of(), List.of("page_id")), spark.sql(rows));
    assertEquals("page_id", property(spark, "dw.stats_old"));
    assertEquals("{\"numRecords\":1,\"minValues\":{\"page_id\":\"p1\"},\"maxValues\":{\"page_id\":\"p1\"},\"nullCount\":{\"page_id\":0}}",
        lastFileStats(spark, wh.warehouse().tablePath("dw.stats_old")));
    assertRows(spark.sql("select org_id, page_id, followers from dw.stats_old"), row("o1", "p1", 10));
  }

  private static String property(SparkSession spark, String table) {
    return spark.sql("show tblproperties " + table).collectAsList().stream()
        .filter(r -> r.getString(0).equals(TableWriter.STATS_COLUMNS)).map(r -> r.getString(1)).findFirst().orElse(null);
  }

  /** The statistics of the file the table's latest commit added, as Delta wrote them into its log. */
  private static String lastFileStats(SparkSession spark, String path) throws Exception {
    java.nio.file.Path log = java.nio.file.Path.of(java.net.URI.create(path.startsWith("file:") ? path : "file:" + path)).resolve("_delta_log");
    java.nio.file.Path last;
    try (var files = java.nio.file.Files.list(log)) {
      last = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().reduce((a, b) -> b).orElseThrow();
    }
    for (String line : java.nio.file.Files.readAllLines(last)) {
      if (line.startsWith("{\"add\"")) {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).get("add").get("stats").asText();
      }
    }
    throw new AssertionError("no file added in " + last);
  }

  /**
   * The first write of a table {@code ensure} created without rows appends (no state reconstruction of the empty
   * version); a table whose first commit holds data, or that has a second commit, is written the usual way.
   */
  @Test
  void theFirstWriteOfATableCreatedWithoutRowsAppendsAndLaterWritesReplace(TestWarehouse wh) throws Exception {
    SparkSession spark = wh.spark();
    TableWriter w = TableWriter.of(spark, wh.settings());
    TableSpec fresh = new TableSpec("dw.fresh_slices", List.of("date"), "t", Map.of());
    w.ensure(fresh, spark.sql("select 'p1' as page_id, date'2026-11-01' as date, 1L as followers").schema());
    String path = wh.warehouse().tablePath("dw.fresh_slices");
    assertTrue(w.createdWithoutData(path));
    w.replaceSlice(fresh, spark.sql("select * from values ('p1', date'2026-11-01', 10L), ('p2', date'2026-11-01', 20L) as t(page_id, date, followers)"),
        "date = '2026-11-01'");
    assertFalse(w.createdWithoutData(path), "a second commit");
    w.replaceSlice(fresh, spark.sql("select 'p1' as page_id, date'2026-11-01' as date, 11L as followers"), "date = '2026-11-01'");
    assertRows(spark.sql("select page_id, followers from dw.fresh_slices"), row("p1", 11));
    assertEquals(List.of("CREATE TABLE", "WRITE", "WRITE"), spark.sql("describe history delta.`" + path + "`").orderBy("version")
        .select("operation").collectAsList().stream().map(r -> r.getString(0)).toList());

    String withData = java.nio.file.Files.createTempDirectory(wh.dir(), "with-data-").resolve("t").toString();
    spark.sql("select 1 as k").write().format("delta").save(withData);
    assertFalse(w.createdWithoutData(withData), "version 0 adds a file");
    assertFalse(w.createdWithoutData(wh.dir().resolve("no-table").toString()));
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

  @Test
  void aColumnANewModelAddsReachesATableCreatedWithTheOldSchema(TestWarehouse wh) throws Exception {
    SparkSession spark = wh.spark();
    socialbench.model.ModelFile dimPost = socialbench.model.ModelFile.parse("marts/dim_post.sql",
        java.nio.file.Files.readString(java.nio.file.Path.of("sql/marts/dim_post.sql")));
    org.apache.spark.sql.types.StructType now = new org.apache.spark.sql.types.StructType();
    for (socialbench.model.ModelFile.Column c : dimPost.columns()) now = now.add(c.name(), org.apache.spark.sql.types.DataType.fromDDL(c.type()), true);
    // the warehouse as the release before has_publish_time wrote it: a real Delta table with one post
    org.apache.spark.sql.types.StructType old = new org.apache.spark.sql.types.StructType(java.util.Arrays.stream(now.fields())
        .filter(f -> !f.name().equals("has_publish_time")).toArray(org.apache.spark.sql.types.StructField[]::new));
    TableSpec oldSpec = new TableSpec("dw.dim_post", List.of(), "old", Map.of());
    TableWriter w = TableWriter.of(spark, wh.settings());
    w.overwrite(oldSpec, spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create(
        java.util.Arrays.stream(old.fields()).map(f -> f.name().equals("post_id") ? "p-old" : f.name().equals("org_id") ? "o1"
            : f.name().equals("platform") ? "x" : null).toArray())), old));
    assertEquals(false, java.util.Arrays.asList(spark.table("dw.dim_post").columns()).contains("has_publish_time"));

    // the new model's first write: the column is added (nullable, commented), the old row reads NULL there
    w.mergeByKey(dimPost.tableSpec(), spark.sql("select " + String.join(", ", java.util.Arrays.stream(now.fields())
        .map(f -> f.name().equals("post_id") ? "'p-new' as post_id" : f.name().equals("org_id") ? "'o1' as org_id"
            : f.name().equals("platform") ? "'x' as platform" : f.name().equals("has_publish_time") ? "true as has_publish_time"
            : "cast(null as " + f.dataType().sql() + ") as " + f.name()).toList())), dimPost.key());
    assertRows(spark.sql("select post_id, has_publish_time from dw.dim_post"), row("p-old", null), row("p-new", true));
    assertRows(spark.sql("select post_id, has_publish_time from delta.`" + wh.warehouse().tablePath("dw", "dim_post") + "`"),
        row("p-old", null), row("p-new", true));
    assertRows(spark.sql("describe table dw.dim_post").where("col_name = 'has_publish_time'"),
        row("has_publish_time", "boolean", dimPost.tableSpec().columnComments().get("has_publish_time")));
  }

  @Test
  void aColumnWhoseTypeChangedIsRefusedAndTheTableIsLeftAsItWas(TestWarehouse wh) {
    SparkSession spark = wh.spark();
    TableWriter w = TableWriter.of(spark, wh.settings());
    TableSpec t = new TableSpec("dw.retyped", List.of(), "t", Map.of());
    w.overwrite(t, spark.sql("select 'p1' as page_id, 10L as followers"));
    TableWriter.IncompatibleSchema e = org.junit.jupiter.api.Assertions.assertThrows(TableWriter.IncompatibleSchema.class,
        () -> w.overwrite(t, spark.sql("select 'p1' as page_id, '10' as followers, 1 as added")));
    assertEquals("dw.retyped: column followers is BIGINT in the table at " + wh.warehouse().tablePath("dw", "retyped")
        + " but STRING in the new schema; a type change is not applied automatically (rewrite the table, or give the column a new name)",
        e.getMessage());
    assertRows(spark.sql("select * from dw.retyped"), row("p1", 10L));
  }
}
