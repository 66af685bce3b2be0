package socialbench.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.runtime.Publication;
import socialbench.runtime.SparkSessions;
import socialbench.sql.AnalystMode;
import socialbench.sql.AnalystRefusal;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * The analyst policy in the shared test session (no server): statements run as an analyst are analysed
 * and refused before anything runs; the warehouse directory stays byte-identical. A tiny warehouse: dw.fct
 * (2 published rows, a third unpublished), bench.page_month (3 published rows), bronze.posts (Parquet)
 * and ops.rejected_rows (Delta), both outside the analyst catalog.
 */
@ExtendWith(SparkTestExtension.class)
class AnalystPolicyTest {
  private static final String RULE = "; analysts may run queries only (SELECT, WITH, SHOW, DESCRIBE, EXPLAIN, SET of display settings)";
  private static SparkSession spark;
  private static Path root;

  @BeforeAll
  static void aTinyPublishedWarehouse(TestWarehouse wh) throws Exception {
    spark = wh.spark();
    root = wh.dir();
    for (String db : List.of("dw", "bench", "bronze", "ops")) wh.catalog().createDatabase(db);
    spark.sql("create table dw.fct (org string, posts int) using delta location '" + wh.warehouse().tablePath("dw", "fct") + "'");
    spark.sql("insert into dw.fct values ('a', 3), ('b', 4)");
    spark.sql("create table bench.page_month (org string, posts int) using delta location '" + wh.warehouse().tablePath("bench", "page_month") + "'");
    spark.sql("insert into bench.page_month values ('a', 1), ('b', 2), ('c', 3)");
    spark.sql("create table ops.rejected_rows (raw string) using delta location '" + wh.warehouse().tablePath("ops", "rejected_rows") + "'");
    spark.sql("insert into ops.rejected_rows values ('{\"raw\": 1}')");
    spark.sql("select 'p1' as post_id, 5 as likes").write().parquet(wh.warehouse().tablePath("bronze", "posts"));
    new Publication(wh.warehouse(), spark.sparkContext().hadoopConfiguration()).publish(List.of("dw", "bench"));
    spark.sql("insert into dw.fct values ('c', 100)"); // a night not published yet
    SparkSessions.startAnalyst(wh.settings()); // the shared session: dw and bench pinned to their published versions
    wh.catalog().register("bronze", "posts");
    Files.writeString(root.resolve("secret.txt"), "not for analysts\n");
  }

  private static <T> T asAnalyst(Supplier<T> work) {
    return AnalystMode.asAnalyst(work);
  }

  private static List<Row> analyst(String sql) {
    return asAnalyst(() -> spark.sql(sql).collectAsList());
  }

  private static void assertRefused(String sql, String what) {
    String before = WarehouseTree.hash(root);
    AnalystRefusal e = assertThrows(AnalystRefusal.class, () -> analyst(sql), sql);
    assertEquals("refused: " + what + RULE, e.getMessage(), sql);
    assertEquals(before, WarehouseTree.hash(root), "the warehouse changed after: " + sql);
  }

  @Test
  void queriesOfThePublishedTablesRun() {
    assertEquals(7L, analyst("select sum(posts) from dw.fct").get(0).getLong(0), "3 + 4: the unpublished 100 is not seen");
    assertEquals(6L, analyst("with m as (select posts from bench.page_month) select sum(posts) from m where posts in (select posts from m)").get(0).getLong(0));
    assertEquals(2, analyst("select * from dw.fct f join bench.page_month p using (org)").size());
    assertEquals(List.of("a", "b"), analyst("select org from dw.fct order by org").stream().map(r -> r.getString(0)).toList());
  }

  @Test
  void showDescribeExplainAndHarmlessSettingsRun() {
    assertTrue(analyst("show databases").stream().anyMatch(r -> r.getString(0).equals("bench")));
    assertTrue(analyst("show tables in bench").stream().anyMatch(r -> r.getString(1).equals("page_month")));
    assertEquals(List.of("org", "posts"), analyst("describe bench.page_month").stream().map(r -> r.getString(0)).toList());
    assertTrue(analyst("explain select count(*) from dw.fct").get(0).getString(0).contains("Physical Plan"));
    analyst("set spark.sql.session.timeZone = UTC");
    assertEquals("UTC", analyst("set spark.sql.session.timeZone").get(0).getString(1));
    analyst("use bench");
    analyst("use default");
  }

  @Test
  void ddlAndDmlAreRefusedAndChangeNothing() {
    assertRefused("drop database dw cascade", "statement DropNamespace");
    assertRefused("drop database bronze cascade", "statement DropNamespace");
    assertRefused("drop view bench.page_month", "statement DropTableCommand");
    assertRefused("drop table dw.fct", "statement DropTable");
    assertRefused("create or replace view bench.page_month as select 1 as org", "statement CreateViewCommand");
    assertRefused("create table dw.copy as select * from dw.fct", "statement CreateDataSourceTableAsSelectCommand");
    assertRefused("insert into dw.fct values ('z', 1)", "statement InsertIntoStatement");
    assertRefused("insert overwrite directory '" + root.resolve("out") + "' using parquet select * from dw.fct", "statement InsertIntoDir");
    assertRefused("delete from bench.page_month where org = 'a'", "statement DeleteFromTable");
    assertRefused("update dw.fct set posts = 0", "statement UpdateTable");
    assertRefused("merge into dw.fct t using bench.page_month s on t.org = s.org when matched then delete", "statement MergeIntoTable");
    assertRefused("create database extra", "statement CreateNamespace");
    assertRefused("alter view bench.page_month as select 1 as org", "statement AlterViewAs"); // a table: refused unanalysed
  }

  @Test
  void cacheRefreshJarsAndFunctionsAreRefused() {
    assertRefused("cache table bench.page_month", "statement CacheTable");
    assertRefused("uncache table bench.page_month", "statement UncacheTable");
    assertRefused("clear cache", "statement ClearCacheCommand");
    assertRefused("refresh table dw.fct", "statement RefreshTable");
    assertRefused("add jar " + root.resolve("x.jar"), "statement AddJarsCommand");
    assertRefused("add file " + root.resolve("secret.txt"), "statement AddFilesCommand");
    assertRefused("create temporary function f as 'java.lang.String'", "statement CreateFunctionCommand");
    assertRefused("set spark.sql.warehouse.dir = /tmp", "SET spark.sql.warehouse.dir (settable: "
        + String.join(", ", socialbench.sql.AnalystPolicy.SETTABLE.stream().sorted().toList()) + ")");
    assertRefused("reset", "statement ResetCommand");
  }

  @Test
  void pathsAndCodeRunningFunctionsAreRefused() {
    Path secret = root.resolve("secret.txt");
    assertRefused("select * from text.`" + secret + "`", "reading files by path (file:" + secret + ")");
    assertRefused("select * from parquet.`" + root.resolve("bronze.db/posts") + "`", "reading files by path (file:" + root.resolve("bronze.db/posts") + ")");
    assertRefused("select * from json.`" + secret + "`", "reading files by path (file:" + secret + ")");
    assertRefused("select * from csv.`" + secret + "`", "reading files by path (file:" + secret + ")");
    assertRefused("select * from delta.`" + root.resolve("dw.db/fct") + "`", "reading files by path (file:" + root.resolve("dw.db/fct") + ")");
    assertRefused("select * from read_files('" + secret + "', format => 'text')", "function read_files (it reads files)");
    assertRefused("select reflect('java.lang.System', 'getProperty', 'user.home')", "function reflect (it runs code)");
    assertRefused("select java_method('java.lang.System', 'getenv', 'HOME')", "function java_method (it runs code)");
    assertRefused("select try_reflect('java.lang.System', 'getProperty', 'user.home')", "function try_reflect (it runs code)");
    assertRefused("select org from dw.fct where org in (select reflect('java.lang.String', 'valueOf', 'a'))",
        "function reflect (it runs code)");
  }

  @Test
  void bronzeAndOpsAreNotInTheAnalystCatalog() {
    assertRefused("select * from bronze.posts", "bronze.posts is not in the analyst catalog (dw, bench, default)");
    assertRefused("select * from ops.rejected_rows", "ops.rejected_rows is not in the analyst catalog (dw, bench, default)");
    assertRefused("show tables in ops", "database ops is not in the analyst catalog (dw, bench, default)");
    assertRefused("describe ops.rejected_rows", "ops.rejected_rows is not in the analyst catalog (dw, bench, default)");
  }

  @Test
  void aTemporaryViewOverTheAnalystCatalogIsAllowedButNotOneOverAFile() {
    analyst("create or replace temporary view mine as select org, posts * 2 as twice from bench.page_month");
    assertEquals(12L, analyst("select sum(twice) from mine").get(0).getLong(0), "2 * (1 + 2 + 3)");
    assertRefused("create or replace temporary view leak as select * from text.`" + root.resolve("secret.txt") + "`",
        "reading files by path (file:" + root.resolve("secret.txt") + ")");
    assertRefused("create or replace global temporary view shared as select 1 as x", "statement CreateViewCommand");
  }

  @Test
  void namedParametersAreBoundBeforeTheCheck() {
    List<Row> rows = asAnalyst(() -> spark.sql("select posts from dw.fct where org = :org", Map.of("org", "b")).collectAsList());
    assertEquals(4, rows.get(0).getInt(0));
  }

  @Test
  void outsideAnAnalystsStatementsNothingIsChecked() {
    assertEquals(1L, spark.sql("select count(*) from bronze.posts").first().getLong(0));
  }
}
