package socialbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import socialbench.export.AgencyExport;
import socialbench.quality.CheckResult;
import socialbench.quality.CheckSpec;
import socialbench.quality.QualityChecks;
import socialbench.report.ClientReport;
import socialbench.report.KpiMonth;
import socialbench.report.PageReport;
import socialbench.report.ReportLoader;
import socialbench.runtime.TableWriter;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * Issue 19's attacks as fixtures (February 2026, 28 days, so posts_per_week = posts ÷ 4; k = 5), each on its
 * own platform so their cohorts never mix:
 *
 * <ul>
 *   <li>facebook, healthcare / hospital: six organizations with one page each, five in band m posting 2, 3, 4, 5,
 *       6 times a week and one in band l posting 10 (differencing); five of them have web conversions, only h1 an
 *       ads export with spend 1234.5 (funnel sums); h1…h4 are clients of agency ag1 (k − 1 of the cohort);
 *   <li>instagram, retail / store: five organizations with engagement rates .01 .02 .03 .04 .10 (interpolation);
 *   <li>x, pharma / lab: d1 with five pages and four organizations with one page each (dominance);
 *   <li>linkedin, insurance / broker: L1 with three pages and four organizations with one, lead rates .5 (L1),
 *       .1 .2 .3 .4 (organization-level KPIs counted once per organization); L2…L5's posts have no time of day;
 *   <li>youtube: L1…L5 with one post each and no time of day at all.
 * </ul>
 */
@ExtendWith(SparkTestExtension.class)
class DisclosureControlTest {
  private static final String FEWER = DisclosureRule.FEWER_THAN_K;
  private static final String DOMINATES = DisclosureRule.DOMINATED;
  private static final String TOO_FEW = DisclosureRule.TOO_FEW_FOR_EXTREMES;
  private static final Date FEBRUARY = Date.valueOf("2026-02-01");
  private static final List<String> FORBIDDEN = List.of("mean", "mean_engagement_rate", "n_pages", "n_posts", "sessions",
      "leads", "mqls", "customers", "revenue", "spend");

  @TempDir static Path dir;

  @BeforeAll
  static void benchFebruary(TestWarehouse wh) {
    DwFixture f = new DwFixture();
    // differencing, funnel sums and the agency: facebook, healthcare / hospital
    int[] postsInFebruary = {8, 12, 16, 20, 24, 40};
    String[] agencies = {"ag1", "ag1", "ag1", "ag1", "ag2", "ag3"};
    for (int i = 0; i < 6; i++) {
      String org = "h" + (i + 1);
      f.orgOfAgency(org, "healthcare", "hospital", agencies[i]);
      pageWithPosts(f, org + "-fb", "facebook", org, i < 5 ? 20_000 : 200_000, postsInFebruary[i], 100);
    }
    f.conversion("h1", "facebook", "2026-02-10", 1000, 10, 5, 0, 0, 1234.5);
    for (int i = 2; i <= 5; i++) f.conversionWithoutSpend("h" + i, "facebook", "2026-02-10", 1000, 10L * i, 5, 1);
    // interpolation: instagram, retail / store, engagement rates .01 .02 .03 .04 .10
    long[] engagements = {100, 200, 300, 400, 1000};
    for (int i = 0; i < 5; i++) {
      String org = "r" + (i + 1);
      f.org(org, "retail", "store");
      pageWithPosts(f, org + "-ig", "instagram", org, 10_000, 1, engagements[i]);
    }
    // dominance: x, pharma / lab, d1 holds five of the nine pages
    f.org("d1", "pharma", "lab");
    for (int p = 1; p <= 5; p++) pageWithPosts(f, "d1-x" + p, "x", "d1", 5_000, 1, 10L * p);
    for (int i = 2; i <= 5; i++) {
      f.org("d" + i, "pharma", "lab");
      pageWithPosts(f, "d" + i + "-x", "x", "d" + i, 5_000, 1, 10L * i + 3);
    }
    // organization-level KPIs once per organization: linkedin, insurance / broker, L1 with three pages
    long[] leads = {50, 10, 20, 30, 40};
    for (int i = 0; i < 5; i++) {
      String org = "L" + (i + 1);
      f.org(org, "insurance", "broker");
      int pages = i == 0 ? 3 : 1;
      for (int p = 1; p <= pages; p++) {
        String page = org + "-li" + (pages > 1 ? p : "");
        f.followers(page, "linkedin", org, "2026-01-31", 5_000L, 0L);
        f.followers(page, "linkedin", org, "2026-02-28", 5_000L, 0L);
        f.page(page, "linkedin", org);
        DwFixture.Post post = f.post(page + "-post", "linkedin", page, org, "2026-02-09T09:00:00Z")
            .followersAtPublish(5_000L).engagements(50L + p);
        if (i > 0) post.withoutTime();
        post.add();
      }
      f.conversion(org, "linkedin", "2026-02-12", 100, leads[i], 1, 0, 0, 10);
      String yt = org + "-yt";
      f.page(yt, "youtube", org);
      f.followers(yt, "youtube", org, "2026-01-31", 5_000L, 0L);
      f.followers(yt, "youtube", org, "2026-02-28", 5_000L, 0L);
      f.post(yt + "-video", "youtube", yt, org, "2026-02-11T00:00:00Z").type("video").followersAtPublish(5_000L)
          .engagements(20L + i).withoutTime().add();
    }
    f.writeTo(wh);
    new BenchStage(wh.spark(), TableWriter.of(wh.spark(), wh.settings()), new BenchSettings(5, 75, 25))
        .run(LocalDate.parse("2026-02-20"));
    AnalystViews.register(wh.spark());
  }

  /** A page with followers at the end of January and February and {@code posts} posts spread over February. */
  private static void pageWithPosts(DwFixture f, String page, String platform, String org, long followers, int posts,
      long engagements) {
    f.page(page, platform, org);
    f.followers(page, platform, org, "2026-01-31", followers, 0L);
    f.followers(page, platform, org, "2026-02-28", followers, 0L);
    for (int p = 0; p < posts; p++) {
      String at = String.format("2026-02-%02dT%02d:00:00Z", 1 + p % 28, 8 + p / 28);
      f.post(page + "-p" + p, platform, page, org, at).followersAtPublish(followers).engagements(engagements)
          .topics("careers").add();
    }
  }

  private static Dataset<Row> cohort(TestWarehouse wh, String kpi, String platform) {
    return wh.spark().sql("select industry, segment, size_band, fallback_level, n_orgs, p10, p25, p50, p75, p90, suppressed,"
        + " suppressed_reason from bench.cohort_month where month = :m and kpi = :kpi and platform = :platform",
        Map.of("m", FEBRUARY, "kpi", kpi, "platform", platform));
  }

  @Test
  void theAttackerOfTheIssueWorksOnTheOldPublishedFigures() {
    // control: the arithmetic the sweep and the fixtures try does recover the figures from the old columns
    assertEquals(10.0, Attacker.difference(5, 6, 4, 5), 1e-12); // mean × n_pages, level 1 minus level 0
    assertTrue(Attacker.extremes(0.014, 0.02).stream().anyMatch(v -> Math.abs(v - 0.01) < 1e-12));
    assertTrue(Attacker.extremes(0.076, 0.04).stream().anyMatch(v -> Math.abs(v - 0.10) < 1e-12));
    assertEquals("x", Attacker.recovered(0.10, Map.of("x", Set.of(0.10), "y", Set.of(0.04))));
    assertNull(Attacker.recovered(0.04, Map.of("x", Set.of(0.04), "y", Set.of(0.04))));
  }

  @Test
  void noPublishedTableOrViewHasAMeanASumOrAPageCount(TestWarehouse wh) {
    for (String t : List.of("bench.cohort_month", "bench.page_rank", "bench.post_objective_month", "bench.audience_quality",
        "bench.best_time", "bench.topic_month", "bench.funnel_month", "client_vs_industry", "best_time_heatmap",
        "audience_quality_overview")) {
      List<String> columns = List.of(wh.spark().table(t).columns());
      for (String forbidden : FORBIDDEN) assertFalse(columns.contains(forbidden), t + " publishes " + forbidden);
    }
  }

  @Test
  void nestedCohortsCannotBeDifferencedToOnePage(TestWarehouse wh) {
    // posts_per_week 2 3 4 5 6 (band m) and 10 (band l): the old level-1 mean 5 × 6 − level-0 mean 4 × 5 gave 10
    assertRows(cohort(wh, "posts_per_week", "facebook"),
        row("healthcare", "hospital", "m", 0, 5, null, 3.0, 4.0, 5.0, null, false, TOO_FEW),
        row("healthcare", "hospital", "l", 0, 1, null, null, null, null, null, true, FEWER),
        // 2 3 4 5 6 10: p25 at 1.25 → 3.25, p50 4.5, p75 at 3.75 → 5.75
        row("healthcare", "hospital", null, 1, 6, null, 3.25, 4.5, 5.75, null, false, TOO_FEW),
        row("healthcare", null, null, 2, 6, null, 3.25, 4.5, 5.75, null, false, TOO_FEW),
        row(null, null, null, 3, 6, null, 3.25, 4.5, 5.75, null, false, TOO_FEW));
    Row child = cohort(wh, "posts_per_week", "facebook").where("size_band = 'm'").first();
    Row parent = cohort(wh, "posts_per_week", "facebook").where("fallback_level = 1").first();
    int tried = 0;
    for (String stat : List.of("p10", "p25", "p50", "p75", "p90")) {
      if (child.isNullAt(child.fieldIndex(stat)) || parent.isNullAt(parent.fieldIndex(stat))) continue;
      double candidate = Attacker.difference(parent.<Double>getAs(stat), parent.<Long>getAs("n_orgs"),
          child.<Double>getAs(stat), child.<Long>getAs("n_orgs"));
      assertFalse(Math.abs(candidate - 10.0) < 1e-9, stat + " gives back h6's posts_per_week");
      tried++;
    }
    assertEquals(3, tried);
  }

  @Test
  void fiveValuesPublishNoP10OrP90SoTheExtremesCannotBeInterpolatedBack(TestWarehouse wh) {
    Dataset<Row> level0 = cohort(wh, "engagement_rate_followers", "instagram").where("fallback_level = 0");
    assertRows(level0, row("retail", "store", "m", 0, 5, null, 0.02, 0.03, 0.04, null, false, TOO_FEW));
    Row r = level0.first();
    Map<String, Set<Double>> own = Map.of("r1", Set.of(0.01), "r2", Set.of(0.02), "r3", Set.of(0.03), "r4", Set.of(0.04),
        "r5", Set.of(0.10));
    for (double c : Attacker.extremes(r.getAs("p10"), r.getAs("p25"))) assertNull(Attacker.recovered(c, own));
    for (double c : Attacker.extremes(r.getAs("p90"), r.getAs("p75"))) assertNull(Attacker.recovered(c, own));
    assertTrue(Attacker.extremes(r.getAs("p10"), r.getAs("p25")).isEmpty());
  }

  @Test
  void aFunnelFigureThatOnlyOneOrganizationFeedsIsNeverPublished(TestWarehouse wh) {
    // five organizations with web conversions on facebook, only h1 with spend 1234.5 (cost per lead 123.45, roi −1)
    assertRows(wh.spark().sql("select kpi, fallback_level, n_orgs, p10, p25, p50, p75, p90, suppressed, suppressed_reason"
            + " from bench.funnel_month where month = :m and platform = 'facebook'", Map.of("m", FEBRUARY)),
        row("lead_rate", 1, 5, null, 0.02, 0.03, 0.04, null, false, TOO_FEW),
        row("lead_rate", 2, 5, null, 0.02, 0.03, 0.04, null, false, TOO_FEW),
        row("lead_rate", 3, 5, null, 0.02, 0.03, 0.04, null, false, TOO_FEW),
        row("mql_rate", 1, 5, null, 0.125, 5 / 30.0, 0.25, null, false, TOO_FEW),
        row("mql_rate", 2, 5, null, 0.125, 5 / 30.0, 0.25, null, false, TOO_FEW),
        row("mql_rate", 3, 5, null, 0.125, 5 / 30.0, 0.25, null, false, TOO_FEW),
        row("customer_rate", 1, 5, null, 0.02, 0.025, 1 / 30.0, null, false, TOO_FEW),
        row("customer_rate", 2, 5, null, 0.02, 0.025, 1 / 30.0, null, false, TOO_FEW),
        row("customer_rate", 3, 5, null, 0.02, 0.025, 1 / 30.0, null, false, TOO_FEW),
        row("cost_per_lead", 1, 1, null, null, null, null, null, true, FEWER),
        row("cost_per_lead", 2, 1, null, null, null, null, null, true, FEWER),
        row("cost_per_lead", 3, 1, null, null, null, null, null, true, FEWER),
        row("roi", 1, 1, null, null, null, null, null, true, FEWER),
        row("roi", 2, 1, null, null, null, null, null, true, FEWER),
        row("roi", 3, 1, null, null, null, null, null, true, FEWER));
    for (Row r : wh.spark().table("bench.funnel_month").where("platform = 'facebook'").collectAsList()) {
      for (int i = 0; i < r.length(); i++) {
        if (r.get(i) instanceof Double d) {
          for (double secret : new double[] {1234.5, 123.45, -1.0}) assertFalse(Math.abs(d - secret) < 1e-9, r.toString());
        }
      }
    }
    // the page-level KPI in bench.cohort_month: one organization with a cost per lead
    assertEquals(0L, cohort(wh, "cost_per_lead", "facebook").where("not suppressed").count());
  }

  @Test
  void oneOrganizationHoldingMoreThanHalfOfTheValuesDominates(TestWarehouse wh) {
    assertRows(cohort(wh, "engagement_rate_followers", "x").where("fallback_level = 0"),
        row("pharma", "lab", "s", 0, 5, null, null, null, null, null, true, DOMINATES));
    // its pages are not ranked against a dominated cohort
    assertEquals(0L, wh.spark().sql("select * from bench.page_rank where platform = 'x'"
        + " and kpi = 'engagement_rate_followers' and (percentile_rank is not null or delta_vs_median is not null)").count());
    assertRows(wh.spark().sql("select distinct suppressed_reason from bench.topic_month where platform = 'x'"), row(DOMINATES));
  }

  @Test
  void organizationLevelFunnelKpisCountOncePerOrganization(TestWarehouse wh) {
    // lead rates .5 (L1, three pages) .1 .2 .3 .4: per organization the median is .3 (per page it was .4)
    assertRows(cohort(wh, "lead_rate", "linkedin").where("fallback_level = 1"),
        row("insurance", "broker", null, 1, 5, null, 0.2, 0.3, 0.4, null, false, TOO_FEW));
    // L3 (.2) against .1 .3 .4 .5: 1 below of 4 = 25 (per page: 1 of 6); L1's three pages all on top
    assertRows(wh.spark().sql("select page_id, fallback_level, percentile_rank, delta_vs_median from bench.page_rank"
            + " where platform = 'linkedin' and kpi = 'lead_rate'"),
        row("L1-li1", 0, 100.0, 0.5 - 0.3), row("L1-li2", 0, 100.0, 0.5 - 0.3), row("L1-li3", 0, 100.0, 0.5 - 0.3),
        row("L2-li", 0, 0.0, 0.1 - 0.3), row("L3-li", 0, 25.0, 0.2 - 0.3), row("L4-li", 0, 50.0, 0.0),
        row("L5-li", 0, 75.0, 0.4 - 0.3));
  }

  @Test
  void postsWithoutATimeOfDayStayOutOfTheHeatmapAndTheShareIsSaid(TestWarehouse wh) {
    // linkedin: L1's three posts at Monday 09:00, L2…L5's four posts without a time: 4 of 7 left out
    assertRows(wh.spark().sql("select local_day_of_week, local_hour, n_orgs, p50_engagement_rate, posts_without_hour_share,"
            + " suppressed_reason from bench.best_time where platform = 'linkedin' and fallback_level = 0"),
        row(1, 9, 1, null, 4 / 7.0, FEWER));
    // youtube: no post has a time → one row without day and hour, every post left out
    assertRows(wh.spark().sql("select fallback_level, local_day_of_week, local_hour, n_orgs, p50_engagement_rate,"
            + " posts_without_hour_share, suppressed, suppressed_reason from bench.best_time where platform = 'youtube'"),
        row(0, null, null, 5, null, 1.0, true, "no post has a time of day"),
        row(1, null, null, 5, null, 1.0, true, "no post has a time of day"),
        row(2, null, null, 5, null, 1.0, true, "no post has a time of day"),
        row(3, null, null, 5, null, 1.0, true, "no post has a time of day"));
    assertEquals(0L, wh.spark().sql("select * from best_time_heatmap where local_hour is null").count());
  }

  @Test
  void anAgencyWithKMinusOneOrganizationsOfACohortGetsNoStatisticOfIt(TestWarehouse wh) throws Exception {
    new AgencyExport(wh.spark(), 5).run("ag1", YearMonth.of(2026, 2), dir.resolve("ag1"));
    for (String t : List.of("cohort_month", "funnel_month", "best_time", "topic_month")) {
      Dataset<Row> rows = wh.spark().read().parquet(dir.resolve("ag1").resolve(t).toString());
      assertEquals(0L, rows.where("platform = 'facebook'").count(), t);
    }
    assertTrue(wh.spark().read().parquet(dir.resolve("ag1/cohort_month").toString()).where("platform = 'instagram'").count() > 0);
    assertEquals(0L, wh.spark().read().parquet(dir.resolve("ag1/page_rank").toString())
        .where("delta_vs_median is not null").count());
    // ag2 holds only h5 of the six: 5 organizations outside it, so it gets the six-organization cohort
    new AgencyExport(wh.spark(), 5).run("ag2", YearMonth.of(2026, 2), dir.resolve("ag2"));
    assertRows(wh.spark().read().parquet(dir.resolve("ag2/cohort_month").toString())
            .where("platform = 'facebook' and kpi = 'posts_per_week'").select("fallback_level", "p50"),
        row(1, 4.5), row(2, 4.5), row(3, 4.5));

    ClientReport h1 = new ReportLoader(wh.spark(), 5).load("h1", YearMonth.of(2026, 2));
    KpiMonth posts = kpi(h1, "posts_per_week");
    assertEquals(2.0, posts.value());
    assertTrue(posts.suppressed());
    assertNull(posts.p50());
    assertNull(posts.percentileRank());
    assertEquals("fewer than k organizations outside the agency's clients", posts.suppressedReason());
    String html = socialbench.report.HtmlReportWriter.render(h1);
    assertTrue(html.contains("not published: fewer than k organizations outside the agency&#39;s clients"), html);
    assertFalse(html.contains(">4.0<") || html.contains(">4.5<"), html);
    // h6 (ag3, alone in band l): its level-1 cohort has 5 organizations outside ag3
    KpiMonth h6 = kpi(new ReportLoader(wh.spark(), 5).load("h6", YearMonth.of(2026, 2)), "posts_per_week");
    assertEquals(4.5, h6.p50());
    assertNull(h6.suppressedReason());
  }

  @Test
  void theBenchChecksPassOnTheNightAndBlockAPublishedDominatedStatistic(TestWarehouse wh) {
    QualityChecks qc = new QualityChecks(wh.spark(), wh.with("socialbench.privacy.min-cohort-orgs", 5).settings());
    List<CheckSpec> bench = qc.declared().stream().filter(c -> c.table().startsWith("bench.")).toList();
    assertTrue(bench.size() >= 20, bench.size() + " bench checks");
    for (String table : List.of("bench.cohort_month", "bench.page_rank", "bench.post_objective_month", "bench.audience_quality",
        "bench.best_time", "bench.topic_month", "bench.funnel_month")) {
      assertTrue(bench.stream().anyMatch(c -> c.table().equals(table) && c.id().endsWith("k_anonymity")), table);
    }
    for (CheckResult r : qc.run(bench, LocalDate.parse("2026-02-20"), "disclosure-1")) {
      assertEquals(socialbench.quality.CheckStatus.PASS, r.status(), r.check().id() + ": " + r.failingRows());
    }
    // publish the dominated x cohort's median by hand: the dominance check (recomputed from page_month) blocks it
    String where = " where month = date'2026-02-01' and platform = 'x' and kpi = 'engagement_rate_followers' and fallback_level = 0";
    wh.spark().sql("update bench.cohort_month set suppressed = false, suppressed_reason = null, p50 = 0.005" + where);
    try {
      Map<String, CheckResult> results = new HashMap<>();
      for (CheckResult r : qc.run(bench, LocalDate.parse("2026-02-20"), "disclosure-2")) results.put(r.check().id(), r);
      assertEquals(socialbench.quality.CheckStatus.FAIL, results.get("cohort_month.no_dominant_organization").status());
      assertEquals(1L, results.get("cohort_month.no_dominant_organization").failingRows());
      assertTrue(results.get("cohort_month.no_dominant_organization").check().blocking());
      assertEquals(socialbench.quality.CheckStatus.PASS, results.get("cohort_month.k_anonymity").status());
      // the checks of a night read the months its bench run recorded: a night that recomputed only March does
      // not re-read February (checked by the night that wrote it); a night without a record reads every month
      BenchMonths.record(wh.spark(), TableWriter.of(wh.spark(), wh.settings()), LocalDate.parse("2026-03-05"),
          List.of(LocalDate.parse("2026-03-01")));
      CheckSpec dominance = bench.stream().filter(c -> c.id().equals("cohort_month.no_dominant_organization")).findFirst().orElseThrow();
      CheckResult march = qc.run(List.of(dominance), LocalDate.parse("2026-03-05"), "disclosure-3").get(0);
      assertEquals(socialbench.quality.CheckStatus.PASS, march.status());
      assertEquals(0L, march.failingRows());
      CheckResult unrecorded = qc.run(List.of(dominance), LocalDate.parse("2026-03-06"), "disclosure-4").get(0);
      assertEquals(socialbench.quality.CheckStatus.FAIL, unrecorded.status());
      assertEquals(1L, unrecorded.failingRows());
    } finally {
      wh.spark().sql("delete from ops.bench_months where logical_date = date'2026-03-05'");
      wh.spark().sql("delete from ops.quality_results where logical_date >= date'2026-03-05'");
      wh.spark().sql("update bench.cohort_month set suppressed = true, suppressed_reason = '" + DOMINATES + "', p50 = null" + where);
    }
  }

  private static KpiMonth kpi(ClientReport r, String kpi) {
    List<KpiMonth> out = new ArrayList<>();
    for (PageReport p : r.pages()) {
      for (KpiMonth k : p.kpis()) if (k.kpi().equals(kpi) && k.month().equals(LocalDate.parse("2026-02-01"))) out.add(k);
    }
    assertEquals(1, out.size(), out.toString());
    return out.get(0);
  }
}
