package socialbench.bench;

import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
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
 * Cohort statistics, fallback levels, suppression and leave-one-out ranks on tests/fixtures/bench/ladder.csv
 * (k = 5, April 2026): facebook 2 organizations, instagram 4, x 5 in two industries, linkedin 12. Every
 * expected value below is worked out by hand in the comments (engagement_rate_followers = engagements ÷
 * followers). The same bench run also serves the analyst views (sql/views) and example questions
 * (sql/queries), with conversions of six linkedin and two facebook organizations added.
 */
@ExtendWith(SparkTestExtension.class)
class CohortLadderTest {
  private static final String KPI = "engagement_rate_followers";

  private static final Date APRIL = Date.valueOf("2026-04-01");
  private static final String FEWER = DisclosureRule.FEWER_THAN_K;
  private static final String TOO_FEW = DisclosureRule.TOO_FEW_FOR_EXTREMES;

  @BeforeAll
  static void benchApril(TestWarehouse wh) {
    DwFixture f = LadderFixture.load();
    // conversions of six linkedin and two facebook organizations, for the funnel and the analyst queries
    for (String org : new String[] {"o1", "o2", "o3", "o4", "o5", "o6"}) {
      f.conversion(org, "linkedin", "2026-04-15", 100, 10, 4, 1, 500, 200);
    }
    f.conversion("a1", "facebook", "2026-04-15", 100, 10, 4, 1, 500, 200);
    f.conversion("a2", "facebook", "2026-04-15", 100, 10, 4, 1, 500, 200);
    f.writeTo(wh);
    BenchStage stage = new BenchStage(wh.spark(), TableWriter.of(wh.spark(), wh.settings()), BenchSettings.from(wh.settings()));
    stage.run(LocalDate.parse("2026-04-20")); // April only: the 20th is past the previous month's day-7 window
    AnalystViews.register(wh.spark());
  }

  private static Dataset<Row> cohorts(TestWarehouse wh, String platform) {
    return wh.spark().sql("select industry, segment, platform, size_band, fallback_level, n_orgs, p10, p25, p50, p75, p90, suppressed, suppressed_reason"
        + " from bench.cohort_month where kpi = :kpi and month = date'2026-04-01' and platform = :platform",
        java.util.Map.of("kpi", KPI, "platform", platform));
  }

  private static Dataset<Row> ranks(TestWarehouse wh, String platform) {
    return wh.spark().sql("select page_id, value, fallback_level, cohort_n_orgs, percentile_rank, quartile, delta_vs_median"
        + " from bench.page_rank where kpi = :kpi and month = date'2026-04-01' and platform = :platform",
        java.util.Map.of("kpi", KPI, "platform", platform));
  }

  @Test
  void publishesExactPercentilesWithLinearInterpolationForTwelveOrganizations(TestWarehouse wh) {
    // disclosure control (k = 5): quartiles from 5 organizations, p10/p90 only from 2k = 10; no mean, no page count
    assertRows(cohorts(wh, "linkedin"),
        // s band: 0.01 0.02 0.02 0.03 0.04 0.05 (6 pages of 5 organizations, o1 has two); p75 at 3.75 → 0.0375
        row("health", "smb", "linkedin", "s", 0, 5, null, 0.02, 0.025, 0.0375, null, false, TOO_FEW),
        // m band of smb: o6 and o7 only
        row("health", "smb", "linkedin", "m", 0, 2, null, null, null, null, null, true, FEWER),
        // enterprise: 0.01 … 0.05
        row("health", "enterprise", "linkedin", "m", 0, 5, null, 0.02, 0.03, 0.04, null, false, TOO_FEW),
        // smb without size band: 0.01 0.01 0.02 0.02 0.02 0.03 0.04 0.05; p25 at 1.75 → 0.0175 (7 organizations)
        row("health", "smb", "linkedin", null, 1, 7, null, 0.0175, 0.02, 0.0325, null, false, TOO_FEW),
        row("health", "enterprise", "linkedin", null, 1, 5, null, 0.02, 0.03, 0.04, null, false, TOO_FEW),
        // all 13 pages of 12 organizations: 0.01×3 0.02×4 0.03×2 0.04×2 0.05×2; p10 at 1.2 → 0.01, p90 at 10.8 → 0.048
        row("health", null, "linkedin", null, 2, 12, 0.01, 0.02, 0.02, 0.04, 0.048, false, null),
        row(null, null, "linkedin", null, 3, 12, 0.01, 0.02, 0.02, 0.04, 0.048, false, null));
  }

  @Test
  void ranksLeaveOneOutWithTiesAndFallsBackPastASuppressedSizeBand(TestWarehouse wh) {
    assertRows(ranks(wh, "linkedin"),
        // o1's two pages are ranked against the 4 pages of o2…o5 only
        row("o1a-li", 0.01, 0, 5, 0.0, 1, -0.015),
        row("o1b-li", 0.03, 0, 5, 50.0, 3, 0.005),
        // o2 against 0.01 0.03 (o1) 0.02 (o3) 0.04 0.05: (1 below + ½ · 1 equal) / 5
        row("o2-li", 0.02, 0, 5, 30.0, 2, -0.005),
        row("o3-li", 0.02, 0, 5, 30.0, 2, -0.005),
        row("o4-li", 0.04, 0, 5, 80.0, 4, 0.015),
        row("o5-li", 0.05, 0, 5, 100.0, 4, 0.025),
        // the m band of smb has 2 organizations → level 1 (7 organizations, median 0.02)
        // o6 against 0.01 0.03 0.02 0.02 0.04 0.05 0.02: (0 + ½ · 1) / 7; o7: (2 + ½ · 2) / 7
        row("o6-li", 0.01, 1, 7, 100.0 * 0.5 / 7, 1, -0.01),
        row("o7-li", 0.02, 1, 7, 100.0 * 3 / 7, 2, 0.0),
        row("o8-li", 0.01, 0, 5, 0.0, 1, -0.02),
        row("o9-li", 0.02, 0, 5, 25.0, 2, -0.01),
        row("o10-li", 0.03, 0, 5, 50.0, 3, 0.0),
        row("o11-li", 0.04, 0, 5, 75.0, 4, 0.01),
        row("o12-li", 0.05, 0, 5, 100.0, 4, 0.02));
  }

  @Test
  void fallsBackToPlatformOnlyWhenFiveOrganizationsSpanTwoIndustries(TestWarehouse wh) {
    assertRows(cohorts(wh, "x"),
        row("health", "smb", "x", "s", 0, 3, null, null, null, null, null, true, FEWER),
        row("retail", "smb", "x", "s", 0, 2, null, null, null, null, null, true, FEWER),
        row("health", "smb", "x", null, 1, 3, null, null, null, null, null, true, FEWER),
        row("retail", "smb", "x", null, 1, 2, null, null, null, null, null, true, FEWER),
        row("health", null, "x", null, 2, 3, null, null, null, null, null, true, FEWER),
        row("retail", null, "x", null, 2, 2, null, null, null, null, null, true, FEWER),
        // 0.01 0.02 0.03 0.04 0.06: the quartiles only (5 organizations: p10/p90 would give back 0.01 and 0.06)
        row(null, null, "x", null, 3, 5, null, 0.02, 0.03, 0.04, null, false, TOO_FEW));
    assertRows(ranks(wh, "x"),
        row("c1-x", 0.01, 3, 5, 0.0, 1, -0.02),
        row("c2-x", 0.02, 3, 5, 25.0, 2, -0.01),
        row("c3-x", 0.03, 3, 5, 50.0, 3, 0.0),
        row("c4-x", 0.04, 3, 5, 75.0, 4, 0.01),
        row("c5-x", 0.06, 3, 5, 100.0, 4, 0.03));
  }

  @Test
  void suppressesEveryLevelForTwoOrganizations(TestWarehouse wh) {
    assertRows(cohorts(wh, "facebook"),
        row("health", "smb", "facebook", "s", 0, 2, null, null, null, null, null, true, FEWER),
        row("health", "smb", "facebook", null, 1, 2, null, null, null, null, null, true, FEWER),
        row("health", null, "facebook", null, 2, 2, null, null, null, null, null, true, FEWER),
        row(null, null, "facebook", null, 3, 2, null, null, null, null, null, true, FEWER));
    assertRows(ranks(wh, "facebook"),
        row("a1-fb", 0.01, 3, 2, null, null, null),
        row("a2-fb", 0.02, 3, 2, null, null, null));
  }

  @Test
  void suppressesEveryLevelForFourOrganizations(TestWarehouse wh) {
    assertRows(cohorts(wh, "instagram"),
        row("health", "smb", "instagram", "s", 0, 4, null, null, null, null, null, true, FEWER),
        row("health", "smb", "instagram", null, 1, 4, null, null, null, null, null, true, FEWER),
        row("health", null, "instagram", null, 2, 4, null, null, null, null, null, true, FEWER),
        row(null, null, "instagram", null, 3, 4, null, null, null, null, null, true, FEWER));
    assertRows(wh.spark().sql("select count(*), count(percentile_rank) from bench.page_rank where platform = 'instagram'"),
        row(4 * 13, 0));
  }

  @Test
  void publishesTheFourOrganizationCohortWhenKIsThree(TestWarehouse wh) {
    BenchStage stage = new BenchStage(wh.spark(), TableWriter.of(wh.spark(), wh.settings()), new BenchSettings(3, 75, 25));
    List<LocalDate> april = List.of(LocalDate.parse("2026-04-01"));
    stage.registerMonths(april);
    Dataset<Row> cohorts = SqlModel.load("cohort_month")
        .run(wh.spark(), stage.parameters(april, LocalDate.parse("2026-04-20")))
        .where("kpi = 'engagement_rate_followers' and platform = 'instagram' and fallback_level = 0")
        .select("n_orgs", "p10", "p25", "p50", "suppressed", "suppressed_reason");
    // 0.01 0.02 0.03 0.04: p25 at position 0.75 → 0.0175; p10 needs 2k = 6 organizations
    assertRows(cohorts, row(4, null, 0.0175, 0.025, false, TOO_FEW));
  }

  @Test
  void judgesEachPostOnItsObjectiveAgainstOtherOrganizationsPosts(TestWarehouse wh) {
    // every fixture post has the objective "engagement" and is its page's only post: the same ladder as the pages
    assertRows(wh.spark().sql("select post_id, kpi, value, fallback_level, cohort_n_orgs, cohort_p50, percentile_rank, suppressed"
            + " from bench.post_objective_month where page_id in ('o1a-li', 'o6-li', 'a1-fb')"),
        row("o1a-li-post", "engagement_rate_followers", 0.01, 0, 5, 0.025, 0.0, false),
        row("o6-li-post", "engagement_rate_followers", 0.01, 1, 7, 0.02, 100.0 * 0.5 / 7, false),
        row("a1-fb-post", "engagement_rate_followers", 0.01, 3, 2, null, null, true));
  }

  @Test
  void flagsAHollowAudienceWithALargeFollowingAndBottomQuartileEngagement(TestWarehouse wh) {
    // linkedin smb (level 1, 7 organizations): o6 and o7 have 50,000 followers, the other six pages 5,000.
    // o6 against the 7 pages of others: size (6 below + ½ · 1 equal) / 7 = 92.9; engagement 0.01 → (0 + ½) / 7 = 7.1
    assertRows(wh.spark().sql("select page_id, fallback_level, cohort_n_orgs, follower_size_percentile, engagement_percentile, is_hollow"
            + " from bench.audience_quality where platform = 'linkedin' and segment = 'smb'"),
        row("o1a-li", 1, 7, 100.0 * 2 / 6, 100.0 * 0.5 / 6, false),
        row("o1b-li", 1, 7, 100.0 * 2 / 6, 100.0 * 4 / 6, false),
        row("o2-li", 1, 7, 100.0 * 2.5 / 7, 100.0 * 3 / 7, false),
        row("o3-li", 1, 7, 100.0 * 2.5 / 7, 100.0 * 3 / 7, false),
        row("o4-li", 1, 7, 100.0 * 2.5 / 7, 100.0 * 6 / 7, false),
        row("o5-li", 1, 7, 100.0 * 2.5 / 7, 100.0 * 7 / 7, false),
        row("o6-li", 1, 7, 100.0 * 6.5 / 7, 100.0 * 0.5 / 7, true),
        row("o7-li", 1, 7, 100.0 * 6.5 / 7, 100.0 * 3 / 7, false));
  }

  // ---- analyst views and example questions on the same April ----

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
    // all 13 health posts on linkedin went out on Friday 10:00: one cell, 12 organizations, every post has a time
    assertRows(query(wh, "best_time_to_post", params("month_start", APRIL, "industry", "health", "platform", "linkedin")),
        row("Friday", 10, 0.02, 12, 0.0));
  }

  @Test
  void showsTheFunnelByPlatformWithRoi(TestWarehouse wh) {
    // rates per organization (100 sessions, 10 leads, 4 MQLs, 1 customer, revenue 500, spend 200), quartiles across
    // the 6 linkedin organizations; the 2 facebook organizations are withheld; no sums anywhere
    assertRows(query(wh, "funnel_by_platform", params("month_start", APRIL)),
        row("facebook", "cost_per_lead", 2, null, null, null, FEWER),
        row("facebook", "customer_rate", 2, null, null, null, FEWER),
        row("facebook", "lead_rate", 2, null, null, null, FEWER),
        row("facebook", "mql_rate", 2, null, null, null, FEWER),
        row("facebook", "roi", 2, null, null, null, FEWER),
        row("linkedin", "cost_per_lead", 6, 20.0, 20.0, 20.0, TOO_FEW),
        row("linkedin", "customer_rate", 6, 0.1, 0.1, 0.1, TOO_FEW),
        row("linkedin", "lead_rate", 6, 0.1, 0.1, 0.1, TOO_FEW),
        row("linkedin", "mql_rate", 6, 0.4, 0.4, 0.4, TOO_FEW),
        row("linkedin", "roi", 6, 1.5, 1.5, 1.5, TOO_FEW));
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
    assertRows(wh.spark().sql("select topic, segment, size_band, fallback_level, n_orgs,"
            + " p25_engagement_rate, p50_engagement_rate, p75_engagement_rate, suppressed, suppressed_reason from bench.topic_month"
            + " where platform = 'linkedin' and fallback_level <= 1"),
        row("careers", "smb", "s", 0, 5, 0.02, 0.025, 0.0375, false, null),
        row("careers", "smb", "m", 0, 2, null, null, null, true, FEWER),
        row("careers", "smb", null, 1, 7, 0.0175, 0.02, 0.0325, false, null),
        row("events", "enterprise", "m", 0, 5, 0.02, 0.03, 0.04, false, null),
        row("events", "enterprise", null, 1, 5, 0.02, 0.03, 0.04, false, null));
  }
}
