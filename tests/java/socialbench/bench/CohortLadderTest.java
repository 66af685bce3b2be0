package socialbench.bench;

import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import java.time.LocalDate;
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
 * (k = 5): January 2 organizations, February 4, March 5 in two industries, April 12. Every expected value
 * below is worked out by hand in the comments (engagement_rate_followers = engagements / followers).
 */
@ExtendWith(SparkTestExtension.class)
class CohortLadderTest {
  private static final String KPI = "engagement_rate_followers";

  @BeforeAll
  static void benchFourMonths(TestWarehouse wh) {
    LadderFixture.load().writeTo(wh);
    BenchStage stage = new BenchStage(wh.spark(), TableWriter.of(wh.spark(), wh.settings()), BenchSettings.from(wh.settings()));
    stage.run(LocalDate.parse("2026-02-07")); // January and February
    stage.run(LocalDate.parse("2026-04-07")); // March and April
  }

  private static Dataset<Row> cohorts(TestWarehouse wh, String month) {
    return wh.spark().sql("select industry, segment, platform, size_band, fallback_level, n_orgs, n_pages, p10, p25, p50, p75, p90, mean, suppressed"
        + " from bench.cohort_month where kpi = '" + KPI + "' and month = date'" + month + "'");
  }

  private static Dataset<Row> ranks(TestWarehouse wh, String month) {
    return wh.spark().sql("select page_id, value, fallback_level, cohort_n_orgs, percentile_rank, quartile, delta_vs_median"
        + " from bench.page_rank where kpi = '" + KPI + "' and month = date'" + month + "'");
  }

  @Test
  void publishesExactPercentilesWithLinearInterpolationForTwelveOrganizations(TestWarehouse wh) {
    assertRows(cohorts(wh, "2026-04-01"),
        // s band: 0.01 0.02 0.02 0.03 0.04 0.05 (6 pages, o1 has two); p10 at position 0.5 → 0.015, p75 at 3.75 → 0.0375
        row("health", "smb", "linkedin", "s", 0, 5, 6, 0.015, 0.02, 0.025, 0.0375, 0.045, 0.17 / 6, false),
        // m band of smb: o6 and o7 only
        row("health", "smb", "linkedin", "m", 0, 2, 2, null, null, null, null, null, null, true),
        // enterprise: 0.01 … 0.05; p10 at 0.4 → 0.014, p90 at 3.6 → 0.046
        row("health", "enterprise", "linkedin", "m", 0, 5, 5, 0.014, 0.02, 0.03, 0.04, 0.046, 0.03, false),
        // smb without size band: 0.01 0.01 0.02 0.02 0.02 0.03 0.04 0.05; p25 at 1.75 → 0.0175, p90 at 6.3 → 0.043
        row("health", "smb", "linkedin", null, 1, 7, 8, 0.01, 0.0175, 0.02, 0.0325, 0.043, 0.025, false),
        row("health", "enterprise", "linkedin", null, 1, 5, 5, 0.014, 0.02, 0.03, 0.04, 0.046, 0.03, false),
        // all 13 pages: 0.01×3 0.02×4 0.03×2 0.04×2 0.05×2; p90 at 10.8 → 0.048, mean 0.35 / 13
        row("health", null, "linkedin", null, 2, 12, 13, 0.01, 0.02, 0.02, 0.04, 0.048, 0.35 / 13, false),
        row(null, null, "linkedin", null, 3, 12, 13, 0.01, 0.02, 0.02, 0.04, 0.048, 0.35 / 13, false));
  }

  @Test
  void ranksLeaveOneOutWithTiesAndFallsBackPastASuppressedSizeBand(TestWarehouse wh) {
    assertRows(ranks(wh, "2026-04-01"),
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
    assertRows(cohorts(wh, "2026-03-01"),
        row("health", "smb", "linkedin", "s", 0, 3, 3, null, null, null, null, null, null, true),
        row("retail", "smb", "linkedin", "s", 0, 2, 2, null, null, null, null, null, null, true),
        row("health", "smb", "linkedin", null, 1, 3, 3, null, null, null, null, null, null, true),
        row("retail", "smb", "linkedin", null, 1, 2, 2, null, null, null, null, null, null, true),
        row("health", null, "linkedin", null, 2, 3, 3, null, null, null, null, null, null, true),
        row("retail", null, "linkedin", null, 2, 2, 2, null, null, null, null, null, null, true),
        // 0.01 0.02 0.03 0.04 0.06: p90 at 3.6 → 0.052
        row(null, null, "linkedin", null, 3, 5, 5, 0.014, 0.02, 0.03, 0.04, 0.052, 0.032, false));
    assertRows(ranks(wh, "2026-03-01"),
        row("c1-li", 0.01, 3, 5, 0.0, 1, -0.02),
        row("c2-li", 0.02, 3, 5, 25.0, 2, -0.01),
        row("c3-li", 0.03, 3, 5, 50.0, 3, 0.0),
        row("c4-li", 0.04, 3, 5, 75.0, 4, 0.01),
        row("c5-li", 0.06, 3, 5, 100.0, 4, 0.03));
  }

  @Test
  void suppressesEveryLevelForTwoOrganizations(TestWarehouse wh) {
    assertRows(cohorts(wh, "2026-01-01"),
        row("health", "smb", "linkedin", "s", 0, 2, 2, null, null, null, null, null, null, true),
        row("health", "smb", "linkedin", null, 1, 2, 2, null, null, null, null, null, null, true),
        row("health", null, "linkedin", null, 2, 2, 2, null, null, null, null, null, null, true),
        row(null, null, "linkedin", null, 3, 2, 2, null, null, null, null, null, null, true));
    assertRows(ranks(wh, "2026-01-01"),
        row("a1-li", 0.01, 3, 2, null, null, null),
        row("a2-li", 0.02, 3, 2, null, null, null));
  }

  @Test
  void suppressesEveryLevelForFourOrganizations(TestWarehouse wh) {
    assertRows(cohorts(wh, "2026-02-01"),
        row("health", "smb", "linkedin", "s", 0, 4, 4, null, null, null, null, null, null, true),
        row("health", "smb", "linkedin", null, 1, 4, 4, null, null, null, null, null, null, true),
        row("health", null, "linkedin", null, 2, 4, 4, null, null, null, null, null, null, true),
        row(null, null, "linkedin", null, 3, 4, 4, null, null, null, null, null, null, true));
    assertRows(wh.spark().sql("select count(*), count(percentile_rank) from bench.page_rank where month = date'2026-02-01'"),
        row(4 * 13, 0));
  }
}
