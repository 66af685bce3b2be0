package socialbench.analyst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.bench.AnalystViews;
import socialbench.report.NightlyWarehouse;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * Every documented dw and bench table (docs/warehouse.md, docs/benchmarks.md) and every analyst view
 * (sql/views) describes itself and each of its columns, as an analyst sees them through DESCRIBE in a
 * reader session on a real night.
 */
@ExtendWith(SparkTestExtension.class)
class TableCommentsTest {
  static final List<String> DW = List.of("dim_date", "dim_platform", "dim_organization", "dim_page", "dim_post",
      "fct_post_snapshot", "fct_post_daily", "fct_post", "fct_page_daily", "fct_web_daily", "fct_lead_funnel", "fct_conversion_daily");
  static final List<String> BENCH = List.of("page_month", "cohort_month", "page_rank", "post_objective_month", "audience_quality",
      "best_time", "topic_month", "funnel_month");
  private static SparkSession reader;

  @BeforeAll
  static void night(TestWarehouse wh) {
    reader = NightlyWarehouse.copyInto(wh);
    AnalystViews.register(reader);
  }

  /** Columns without a comment in DESCRIBE's output ("name" for each). */
  private static List<String> uncommented(String table) {
    List<String> missing = new ArrayList<>();
    List<Row> rows = reader.sql("DESCRIBE TABLE EXTENDED " + table).collectAsList();
    for (Row r : rows) {
      String name = r.getString(0);
      if (name == null || name.isEmpty() || name.startsWith("#")) break;
      if (r.isNullAt(2) || r.getString(2).isBlank()) missing.add(name);
    }
    assertTrue(rows.size() > 1, table + " has no columns");
    return missing;
  }

  /** The table comment the reader session shows (its pinned view carries the Delta table's description). */
  private static String tableComment(String db, String table) {
    return reader.sql("DESCRIBE TABLE EXTENDED " + db + "." + table).collectAsList().stream()
        .filter(r -> "Comment".equals(r.getString(0))).map(r -> r.getString(1)).findFirst().orElse(null);
  }

  @Test
  void everyDwTableAndColumnHasAComment() {
    for (String t : DW) {
      assertEquals(List.of(), uncommented("dw." + t), "dw." + t);
      String comment = tableComment("dw", t);
      assertTrue(comment != null && !comment.isBlank(), "dw." + t + " has no table comment");
    }
  }

  @Test
  void everyBenchTableAndColumnHasAComment() {
    for (String t : BENCH) {
      assertEquals(List.of(), uncommented("bench." + t), "bench." + t);
      String comment = tableComment("bench", t);
      assertTrue(comment != null && !comment.isBlank(), "bench." + t + " has no table comment");
    }
  }

  @Test
  void everyAnalystViewAndColumnHasAComment() throws Exception {
    assertEquals(List.of("client_vs_industry", "audience_quality_overview", "best_time_heatmap"), AnalystViews.VIEWS);
    for (String v : AnalystViews.VIEWS) {
      assertEquals(List.of(), uncommented(v), v);
      // Spark keeps no COMMENT for a temporary view (DESCRIBE and SHOW TABLE EXTENDED show none), so the
      // view's own comment is checked where it is declared: the COMMENT clause of its DDL in sql/views.
      String ddl = java.nio.file.Files.readString(java.nio.file.Path.of("sql/views", v + ".sql"));
      int comment = ddl.indexOf("\n)\ncomment '");
      assertTrue(comment > 0 && comment < ddl.indexOf("\nas\n"), v + " declares no view comment");
    }
  }

  @Test
  void theReaderSeesThePublishedTablesAsCommentedColumns() {
    // a column whose comment comes from the header of sql/bench/page_rank.sql, through the reader's published view
    Row kpi = reader.sql("DESCRIBE bench.page_rank").collectAsList().stream()
        .filter(r -> "percentile_rank".equals(r.getString(0))).findFirst().orElseThrow();
    assertEquals("100 * (values below + half the values equal) / n over the cohort without the page's own organization;"
        + " NULL when suppressed.", kpi.getString(2));
  }

  @Test
  void theReaderSeesTheTableCommentOfAPublishedTable() {
    assertTrue(tableComment("dw", "fct_post").startsWith("One row per post (accumulating): metrics at day 1, day 7 and day 28"),
        tableComment("dw", "fct_post"));
  }
}
