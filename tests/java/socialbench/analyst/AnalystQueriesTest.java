package socialbench.analyst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.report.Expected;
import socialbench.report.NightlyWarehouse;
import socialbench.testing.CliRun;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * The five example questions of sql/queries/, run as an analyst runs them ({@code socialbench sql -f FILE -p
 * ...}) on a real landed, modelled and benched night, against answers recomputed in Java from the tables.
 */
@ExtendWith(SparkTestExtension.class)
class AnalystQueriesTest {
  private static SparkSession spark;
  private static TestWarehouse warehouse;

  @BeforeAll
  static void night(TestWarehouse wh) {
    spark = NightlyWarehouse.copyInto(wh);
    warehouse = wh;
  }

  /** Runs a query file through the sql command; returns its CSV rows as column → value maps. */
  private static List<Map<String, String>> query(String file, String... params) {
    List<String> args = new ArrayList<>(List.of("sql", "-f", "sql/queries/" + file + ".sql", "--format", "csv"));
    for (String p : params) {
      args.add("-p");
      args.add(p);
    }
    CliRun r = CliRun.of(NightlyWarehouse.options(warehouse, args.toArray(String[]::new)));
    assertEquals(0, r.exitCode(), r.err());
    String[] lines = r.out().split("\n");
    String[] header = lines[0].split(",", -1);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      assertEquals(header.length, cells.length, lines[i]);
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.length; c++) row.put(header[c], cells[c]);
      rows.add(row);
    }
    return rows;
  }

  @Test
  void topPostsOfTheMonthAreTheClientsTenBestByDaySevenEngagementRate() {
    List<Object[]> posts = new ArrayList<>(); // post_id, rate (null last)
    for (Row r : spark.sql("select post_id, engagements_d7, followers_at_publish from dw.fct_post where org_id = 'unity-health'"
        + " and published_date between date'2026-10-01' and date'2026-10-31'").collectAsList()) {
      Double rate = r.isNullAt(1) || r.isNullAt(2) || r.getLong(2) == 0 ? null : (double) r.getLong(1) / r.getLong(2);
      posts.add(new Object[] {r.getString(0), rate});
    }
    posts.sort(Comparator.comparing((Object[] p) -> p[1] == null ? Double.NEGATIVE_INFINITY : -(Double) p[1])
        .thenComparing(p -> p[1] == null ? 1 : 0).thenComparing(p -> (String) p[0]));
    List<Map<String, String>> rows = query("top_posts_of_month", "month_start=2026-10-01", "org_id=unity-health");
    assertTrue(posts.size() >= 3, "unity-health posted " + posts.size() + " times in October");
    assertEquals(Math.min(10, posts.size()), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(posts.get(i)[0], rows.get(i).get("post_id"), "rank " + (i + 1));
      if (posts.get(i)[1] != null) {
        assertEquals((Double) posts.get(i)[1], Double.parseDouble(rows.get(i).get("engagement_rate")), 1e-15);
      }
    }
  }

  @Test
  void clientVsIndustryHasEveryKpiOfEveryPageWithTheCohortMedian() {
    List<Map<String, String>> rows = query("client_vs_industry", "month_start=2026-10-01", "org_id=unity-health");
    assertEquals(5 * 13, rows.size()); // 5 pages × 13 KPIs
    Map<String, String> fb = rows.stream()
        .filter(r -> r.get("platform").equals("facebook") && r.get("kpi").equals("engagement_rate_followers")).findFirst().orElseThrow();
    assertEquals("2", fb.get("fallback_level"));
    assertEquals("4", fb.get("cohort_n_orgs"));
    assertEquals(Expected.industryMedian(spark, "healthcare", "facebook"), Double.parseDouble(fb.get("cohort_p50")), 1e-15);
    assertEquals(Expected.engagementRateFollowers(spark, "unity-health", "facebook"), Double.parseDouble(fb.get("value")), 1e-15);
    Map<String, String> tiktok = rows.stream()
        .filter(r -> r.get("platform").equals("tiktok") && r.get("kpi").equals("engagement_rate_followers")).findFirst().orElseThrow();
    assertEquals("", tiktok.get("cohort_p50")); // suppressed: NULL
  }

  @Test
  void bestTimeToPostListsExactlyTheBestPublishedCellsOfHealthcarePerPlatform() {
    // Per platform, the question returns the cohort's five best published day × hour cells, best first. In this
    // one-night 8-organization warehouse (k = 3) few or no healthcare cells reach k organizations once
    // date-only posts (LinkedIn, YouTube exports) have no hour; whatever is published, the answer is exactly it.
    String[] days = {"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    for (String platform : List.of("facebook", "instagram", "linkedin", "tiktok", "x", "youtube")) {
      List<String> expected = new ArrayList<>();
      for (Row r : spark.sql("select local_day_of_week, local_hour from bench.best_time where month = date'2026-10-01'"
          + " and fallback_level = 2 and industry = 'healthcare' and platform = :platform and not suppressed"
          + " and local_hour is not null"
          + " order by p50_engagement_rate desc, local_day_of_week, local_hour limit 5", Map.of("platform", platform))
          .collectAsList()) {
        expected.add(days[r.getInt(0)] + " " + r.getInt(1));
      }
      List<String> actual = new ArrayList<>();
      for (Map<String, String> r : query("best_time_to_post", "month_start=2026-10-01", "industry=healthcare", "platform=" + platform)) {
        actual.add(r.get("day_name") + " " + r.get("local_hour"));
        assertTrue(Integer.parseInt(r.get("n_orgs")) >= 3, r.toString());
      }
      assertEquals(expected, actual, platform);
    }
  }

  @Test
  void funnelByPlatformGivesTheQuartilesOfTheOrganizationsOwnLeadRates() {
    // each organization's own lead rate on the platform (leads ÷ sessions), its median across organizations; no sums
    Map<String, List<Double>> perPlatform = new TreeMap<>();
    for (Row r : spark.sql("select platform, sum(leads) / nullif(sum(sessions), 0) from dw.fct_conversion_daily"
        + " where date between date'2026-10-01' and date'2026-10-31' group by platform, org_id").collectAsList()) {
      List<Double> rates = perPlatform.computeIfAbsent(r.getString(0), p -> new ArrayList<>());
      if (!r.isNullAt(1)) rates.add(r.getDouble(1));
    }
    Map<String, Map<String, String>> byPlatform = new TreeMap<>();
    for (Map<String, String> r : query("funnel_by_platform", "month_start=2026-10-01")) {
      assertTrue(!r.containsKey("sessions") && !r.containsKey("leads"), r.toString());
      if (r.get("kpi").equals("lead_rate")) byPlatform.put(r.get("platform"), r);
    }
    assertEquals(perPlatform.keySet(), byPlatform.keySet());
    int published = 0;
    for (Map.Entry<String, List<Double>> e : perPlatform.entrySet()) {
      Map<String, String> r = byPlatform.get(e.getKey());
      List<Double> rates = e.getValue();
      assertEquals(Integer.toString(rates.size()), r.get("n_orgs"), e.getKey());
      if (rates.size() < 3) {
        assertEquals("", r.get("p50"), e.getKey());
        assertEquals("fewer than k organizations", r.get("suppressed_reason"), e.getKey());
      } else {
        assertEquals(socialbench.report.Percentile.of(rates, 0.5), Double.parseDouble(r.get("p50")), 1e-15, e.getKey());
        published++;
      }
    }
    assertTrue(published > 0, "no platform with k organizations");
  }

  @Test
  void hollowAudiencesAreThePublishedPagesWithTopQuartileFollowingAndBottomQuartileEngagement() {
    TreeSet<String> expected = new TreeSet<>();
    for (Row r : spark.sql("select page_id, follower_size_percentile, engagement_percentile from bench.audience_quality"
        + " where month = date'2026-10-01' and not suppressed").collectAsList()) {
      if (!r.isNullAt(1) && !r.isNullAt(2) && r.getDouble(1) >= 75 && r.getDouble(2) < 25) expected.add(r.getString(0));
    }
    TreeSet<String> actual = new TreeSet<>();
    for (Map<String, String> r : query("hollow_audiences", "month_start=2026-10-01")) actual.add(r.get("page_id"));
    assertEquals(expected, actual);
  }
}
