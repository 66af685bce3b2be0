package socialbench.bench;

import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.runtime.TableWriter;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * The analyst views (sql/views) and example questions (sql/queries) on the ladder fixture of April 2026
 * (k = 5) plus conversions of six linkedin and two facebook organizations. Values as in CohortLadderTest.
 */
@ExtendWith(SparkTestExtension.class)
class AnalystSqlTest {
  private static final Date APRIL = Date.valueOf("2026-04-01");

  @BeforeAll
  static void benchApril(TestWarehouse wh) {
    DwFixture f = LadderFixture.load();
    for (String org : new String[] {"o1", "o2", "o3", "o4", "o5", "o6"}) {
      f.conversion(org, "linkedin", "2026-04-15", 100, 10, 4, 1, 500, 200);
    }
    f.conversion("a1", "facebook", "2026-04-15", 100, 10, 4, 1, 500, 200);
    f.conversion("a2", "facebook", "2026-04-15", 100, 10, 4, 1, 500, 200);
    f.writeTo(wh);
    new BenchStage(wh.spark(), TableWriter.of(wh.spark(), wh.settings()), BenchSettings.from(wh.settings()))
        .run(LocalDate.parse("2026-04-20"));
    AnalystViews.register(wh.spark());
  }

  private static Dataset<Row> query(TestWarehouse wh, String name, Map<String, Object> params) {
    return wh.spark().sql(AnalystViews.read("sql/queries/" + name + ".sql"), params);
  }

  private static Map<String, Object> params(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  @Test
  void listsTheTopPostsOfAMonthByEngagementRate(TestWarehouse wh) {
    assertRows(query(wh, "top_posts_of_month", params("month_start", APRIL, "org_id", "o1"))
            .select("post_id", "engagement_rate", "objective_kpi", "objective_percentile_rank"),
        row("o1b-li-post", 0.03, "engagement_rate_followers", 50.0),
        row("o1a-li-post", 0.01, "engagement_rate_followers", 0.0));
  }

  @Test
  void comparesAClientWithItsCohortPerKpi(TestWarehouse wh) {
    assertRows(query(wh, "client_vs_industry", params("month_start", APRIL, "org_id", "o6"))
            .where("kpi in ('engagement_rate_followers', 'posts_per_week', 'lead_rate')"),
        row("o6-li", "linkedin", "engagement_rate_followers", 0.01, 0.0175, 0.02, 0.0325, 100.0 * 0.5 / 7, 1, 1, 7),
        // one post in 30 days for every page: the 7 other pages tie → 50
        row("o6-li", "linkedin", "posts_per_week", 7 / 30.0, 7 / 30.0, 7 / 30.0, 7 / 30.0, 50.0, 3, 1, 7),
        // lead rate 0.1 for o1…o6 only: the m band has o6 alone, so level 1 (6 organizations, all tied → 50)
        row("o6-li", "linkedin", "lead_rate", 0.1, 0.1, 0.1, 0.1, 50.0, 3, 1, 6));
  }

  @Test
  void findsTheBestTimeToPostForACohort(TestWarehouse wh) {
    // all 13 health posts on linkedin went out on Friday 10:00: one cell, 12 organizations
    assertRows(query(wh, "best_time_to_post", params("month_start", APRIL, "industry", "health", "platform", "linkedin")),
        row("Friday", 10, 0.35 / 13, 0.02, 13, 12));
  }

  @Test
  void showsTheFunnelByPlatformWithRoi(TestWarehouse wh) {
    assertRows(query(wh, "funnel_by_platform", params("month_start", APRIL)),
        row("linkedin", 6, 600, 60, 6, 0.1, 0.4, 0.1, 20.0, 1.5, false),
        row("facebook", 2, null, null, null, null, null, null, null, null, true));
  }

  @Test
  void listsHollowAudiences(TestWarehouse wh) {
    assertRows(query(wh, "hollow_audiences", params("month_start", APRIL)),
        row("o6", "o6-li", "linkedin", 50000, 0.01, 100.0 * 6.5 / 7, 100.0 * 0.5 / 7, 1, 7));
    assertRows(wh.spark().sql("select page_id, size_engagement_gap from audience_quality_overview where is_hollow"),
        row("o6-li", 600.0 / 7));
  }

  @Test
  void benchmarksTopicsPerCohort(TestWarehouse wh) {
    assertRows(wh.spark().sql("select topic, segment, size_band, fallback_level, n_orgs, n_pages, n_posts, mean_engagement_rate,"
            + " p25_engagement_rate, p50_engagement_rate, p75_engagement_rate, suppressed from bench.topic_month"
            + " where platform = 'linkedin' and fallback_level <= 1"),
        row("careers", "smb", "s", 0, 5, 6, 6, 0.17 / 6, 0.02, 0.025, 0.0375, false),
        row("careers", "smb", "m", 0, 2, 2, 2, null, null, null, null, true),
        row("careers", "smb", null, 1, 7, 8, 8, 0.025, 0.0175, 0.02, 0.0325, false),
        row("events", "enterprise", "m", 0, 5, 5, 5, 0.03, 0.02, 0.03, 0.04, false),
        row("events", "enterprise", null, 1, 5, 5, 5, 0.03, 0.02, 0.03, 0.04, false));
  }
}
