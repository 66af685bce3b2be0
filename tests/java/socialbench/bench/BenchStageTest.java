package socialbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.runtime.TableWriter;
import socialbench.testing.CliRun;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * The whole bench stage on a seeded random March 2026 of 40 organizations (k = 5): the command line, the
 * privacy property over every bench table, KPIs recomputed in Java from the fact tables, idempotency.
 */
@ExtendWith(SparkTestExtension.class)
class BenchStageTest {
  private static final String DATE = "2026-03-20";
  private static final int K = 5;
  private static final List<String> TABLES = BenchStage.tables();
  private static CliRun firstRun;
  private static Map<String, List<String>> afterFirstRun;

  @BeforeAll
  static void benchOnce(TestWarehouse wh) {
    DwFixture f = GeneratedDw.build(42, 40);
    // a post of January exported late: its day-7 snapshot is from 25 March
    f.post("late", "facebook", "g0-facebook", "g0", "2026-01-20T10:00:00Z").followersAtPublish(1000L).engagements(10L)
        .d7SnapshotDate("2026-03-25").add();
    f.writeTo(wh);
    String[] args = concat(new String[] {"bench", "--date", DATE}, wh.cliOptions());
    firstRun = CliRun.of(args);
    afterFirstRun = snapshot(wh);
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static Map<String, List<String>> snapshot(TestWarehouse wh) {
    Map<String, List<String>> out = new HashMap<>();
    for (String t : TABLES) {
      List<String> rows = new ArrayList<>();
      for (Row r : wh.spark().table(t).collectAsList()) rows.add(r.toString());
      rows.sort(null);
      out.put(t, rows);
    }
    return out;
  }

  @Test
  void benchCommandPrintsTheMonthsAndTheRowsOfEachTable() {
    assertEquals(0, firstRun.exitCode(), firstRun.err());
    String[] lines = firstRun.out().split("\n");
    assertEquals("bench 2026-03-20: months [2026-03-01] (k = 5)", lines[0]);
    assertEquals(1 + TABLES.size(), lines.length, firstRun.out());
    // 40 organizations × 2 platforms, every page has follower rows in March
    assertEquals("  bench.page_month: 80 rows", lines[1]);
    assertEquals("  bench.page_rank: " + 80 * 13 + " rows", lines[3]);
  }

  @Test
  void benchTwiceForTheSameDateLeavesIdenticalTables(TestWarehouse wh) {
    new BenchStage(wh.spark(), TableWriter.of(wh.spark(), wh.settings()), BenchSettings.from(wh.settings()))
        .run(LocalDate.parse(DATE));
    assertEquals(afterFirstRun, snapshot(wh));
  }

  /**
   * A night that touches two months that are not adjacent (25 March: the January post's day-7 snapshot is
   * that day's export) computes both in one query per table: March's rows are exactly those of the night
   * that touched March alone, and January holds the one late post's page (engagement 10 ÷ 1,000 followers at
   * publish, no follower total on or before 31 January). The January slices are removed afterwards so the
   * other cases see the March-only tables.
   */
  @Test
  void aNightTouchingJanuaryAndMarchComputesMarchExactlyAsMarchAlone(TestWarehouse wh) {
    BenchStage stage = new BenchStage(wh.spark(), TableWriter.of(wh.spark(), wh.settings()), BenchSettings.from(wh.settings()));
    try {
      BenchStage.BenchResult r = stage.run(LocalDate.parse("2026-03-25"));
      assertEquals(List.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-01")), r.months());
      Map<String, List<String>> march = new HashMap<>();
      for (String t : TABLES) {
        List<String> rows = new ArrayList<>();
        for (Row row : wh.spark().table(t).where("month = date'2026-03-01'").collectAsList()) rows.add(row.toString());
        rows.sort(null);
        march.put(t, rows);
      }
      assertEquals(afterFirstRun, march);
      assertEquals("[g0-facebook,1,0.01,null,true]", wh.spark().table("bench.page_month").where("month = date'2026-01-01'")
          .selectExpr("page_id", "posts", "engagement_rate_followers", "followers_start", "is_final").collectAsList().toString()
          .replace("[[", "[").replace("]]", "]"));

      // The views several models read (-- materialize: checkpoint) are computed once a run, for its months only:
      // a run for 20 March alone, with January still stored, holds March's rows, read from memory, not the tables.
      stage.run(LocalDate.parse(DATE));
      for (String view : List.of("int_bench_page_cohort", "int_bench_page_kpi_cohort", "int_bench_post_cohort")) {
        Dataset<Row> rows = wh.spark().table(view);
        assertEquals("[[2026-03-01]]", rows.selectExpr("cast(month as string)").distinct().collectAsList().toString(), view);
        String plan = rows.queryExecution().analyzed().toString();
        assertTrue(plan.contains("LogicalRDD") && !plan.contains("Relation"), view + ": " + plan);
      }
    } finally {
      for (String t : TABLES) wh.spark().sql("delete from " + t + " where month = date'2026-01-01'");
    }
  }

  @Test
  void noPublishedCohortStatisticRestsOnFewerThanKOrganizations(TestWarehouse wh) {
    List<Row> pages = wh.spark().table("bench.page_month").collectAsList();
    List<Row> cohorts = wh.spark().table("bench.cohort_month").collectAsList();
    int published = 0, suppressed = 0;
    for (Row c : cohorts) {
      String kpi = c.getAs("kpi");
      int level = c.<Integer>getAs("fallback_level");
      Set<String> orgs = new HashSet<>();
      for (Row p : pages) {
        if (p.getAs(kpi) == null) continue;
        if (!Objects.equals(p.getAs("platform"), c.getAs("platform"))) continue;
        if (level <= 2 && !Objects.equals(p.getAs("industry"), c.getAs("industry"))) continue;
        if (level <= 1 && !Objects.equals(p.getAs("segment"), c.getAs("segment"))) continue;
        if (level == 0 && !Objects.equals(p.getAs("size_band"), c.getAs("size_band"))) continue;
        orgs.add(p.getAs("org_id"));
      }
      assertEquals(orgs.size(), c.<Long>getAs("n_orgs").intValue(), c.toString());
      String reason = c.getAs("suppressed_reason");
      if (c.<Boolean>getAs("suppressed")) {
        suppressed++;
        assertTrue(orgs.size() < K ? DisclosureRule.FEWER_THAN_K.equals(reason) : DisclosureRule.DOMINATED.equals(reason),
            c.toString());
        for (String s : List.of("p10", "p25", "p50", "p75", "p90")) assertEquals((Object) null, c.getAs(s), c.toString());
      } else {
        published++;
        assertTrue(orgs.size() >= K, c.toString());
        assertEquals(orgs.size() < 2 * K, c.getAs("p10") == null && c.getAs("p90") == null, c.toString());
        assertEquals(orgs.size() < 2 * K ? DisclosureRule.TOO_FEW_FOR_EXTREMES : null, reason, c.toString());
      }
    }
    assertTrue(published > 20 && suppressed > 20, "both kinds occur: " + published + " published, " + suppressed + " suppressed");
    for (String table : List.of("bench.best_time", "bench.topic_month", "bench.funnel_month")) {
      assertEquals(0L, wh.spark().sql("select count(*) from " + table + " where not suppressed and n_orgs < " + K).first().getLong(0), table);
      assertTrue(wh.spark().sql("select count(*) from " + table + " where not suppressed").first().getLong(0) > 0, table);
    }
    for (String table : List.of("bench.page_rank", "bench.post_objective_month", "bench.audience_quality")) {
      String rank = table.equals("bench.audience_quality") ? "engagement_percentile" : "percentile_rank";
      assertEquals(0L, wh.spark().sql("select count(*) from " + table + " where " + rank + " is not null and cohort_n_orgs < " + K)
          .first().getLong(0), table);
    }
  }

  /** One organization's figure in the inputs of a cohort statistic, with the attributes the ladder keys on. */
  private record Figure(String org, String kpi, String platform, String industry, String segment, String sizeBand, double value) {
    boolean in(Row cohort) {
      int level = cohort.<Integer>getAs("fallback_level");
      return kpi.equals(cohort.getAs("kpi")) && platform.equals(cohort.getAs("platform"))
          && (level > 2 || Objects.equals(industry, cohort.getAs("industry")))
          && (level > 1 || Objects.equals(segment, cohort.getAs("segment")))
          && (level > 0 || Objects.equals(sizeBand, cohort.getAs("size_band")));
    }
  }

  private static Map<String, Set<Double>> figuresByOrg(List<Figure> figures, Row cohort) {
    Map<String, Set<Double>> out = new HashMap<>();
    for (Figure f : figures) if (f.in(cohort)) out.computeIfAbsent(f.org(), o -> new HashSet<>()).add(f.value());
    return out;
  }

  private static boolean nested(Row child, Row parent) {
    int c = child.<Integer>getAs("fallback_level"), p = parent.<Integer>getAs("fallback_level");
    return c < p && Objects.equals(child.getAs("kpi"), parent.getAs("kpi"))
        && Objects.equals(child.getAs("platform"), parent.getAs("platform"))
        && (p > 2 || Objects.equals(child.getAs("industry"), parent.getAs("industry")))
        && (p > 1 || Objects.equals(child.getAs("segment"), parent.getAs("segment")));
  }

  /**
   * Plays the attacker of issue 19 on every published row of bench.cohort_month and bench.funnel_month: every
   * pair of nested published rows differenced (statistic × n_orgs, the only weight published) by a coalition
   * that knows the figures of every organization outside the child cohort but the victim's, and every
   * published p10/p25 and p90/p75 pair solved for the extreme values with every small-n interpolation fraction.
   * No candidate may equal the own figure of exactly one organization of the cohort.
   */
  @Test
  void anAttackerWhoSeesEveryPublishedRowRecoversNoOrganizationsOwnFigure(TestWarehouse wh) {
    List<Figure> pageFigures = new ArrayList<>();
    List<String> kpis = List.of("engagement_rate_followers", "engagement_rate_reach", "engagement_rate_impressions",
        "click_through_rate", "video_view_rate", "follower_growth_rate", "follower_churn_rate", "posts_per_week", "lead_rate",
        "mql_rate", "customer_rate", "cost_per_lead", "roi");
    for (Row p : wh.spark().sql("select * from bench.page_month where month = date'2026-03-01'").collectAsList()) {
      for (String kpi : kpis) {
        if (p.getAs(kpi) == null) continue;
        pageFigures.add(new Figure(p.getAs("org_id"), kpi, p.getAs("platform"), p.getAs("industry"), p.getAs("segment"),
            p.getAs("size_band"), p.<Double>getAs(kpi)));
      }
    }
    List<Figure> funnelFigures = new ArrayList<>();
    for (Row r : wh.spark().sql("select c.org_id, c.platform, o.industry, o.segment, sum(sessions) as sessions, sum(leads) as leads,"
        + " sum(mqls) as mqls, sum(customers) as customers, sum(revenue) as revenue, sum(spend) as spend"
        + " from dw.fct_conversion_daily c join dw.dim_organization o on o.org_id = c.org_id"
        + " where c.date between date'2026-03-01' and date'2026-03-31' group by 1, 2, 3, 4").collectAsList()) {
      double sessions = r.<Long>getAs("sessions"), leads = r.<Long>getAs("leads");
      Double spend = r.getAs("spend"), revenue = r.getAs("revenue");
      Map<String, Double> rates = new HashMap<>();
      if (sessions > 0) rates.put("lead_rate", leads / sessions);
      if (leads > 0) {
        rates.put("mql_rate", r.<Long>getAs("mqls") / leads);
        rates.put("customer_rate", r.<Long>getAs("customers") / leads);
        if (spend != null) rates.put("cost_per_lead", spend / leads);
      }
      if (spend != null && spend > 0) rates.put("roi", ((revenue == null ? 0 : revenue) - spend) / spend);
      rates.forEach((kpi, v) -> funnelFigures.add(new Figure(r.getAs("org_id"), kpi, r.getAs("platform"), r.getAs("industry"),
          r.getAs("segment"), null, v)));
    }
    int extremesTried = 0, pairsTried = 0, singleOrgPairs = 0, coalitionTries = 0;
    for (String table : List.of("bench.cohort_month", "bench.funnel_month")) {
      List<Figure> figures = table.equals("bench.cohort_month") ? pageFigures : funnelFigures;
      List<Row> published = wh.spark().sql("select * from " + table + " where not suppressed").collectAsList();
      for (Row row : published) {
        Map<String, Set<Double>> members = figuresByOrg(figures, row);
        assertEquals(members.size(), row.<Long>getAs("n_orgs").intValue(), row.toString());
        List<Double> candidates = new ArrayList<>(Attacker.extremes(row.getAs("p10"), row.getAs("p25")));
        candidates.addAll(Attacker.extremes(row.getAs("p90"), row.getAs("p75")));
        for (double c : candidates) {
          assertEquals(null, Attacker.recovered(c, members), "extremes of " + row);
          extremesTried++;
        }
      }
      for (Row child : published) {
        for (Row parent : published) {
          if (!nested(child, parent)) continue;
          pairsTried++;
          Map<String, Set<Double>> parentFigures = figuresByOrg(figures, parent);
          Map<String, Set<Double>> outside = new HashMap<>(parentFigures);
          figuresByOrg(figures, child).keySet().forEach(outside::remove);
          if (outside.size() == 1) singleOrgPairs++;
          for (String stat : List.of("p10", "p25", "p50", "p75", "p90")) {
            if (child.getAs(stat) == null || parent.getAs(stat) == null) continue;
            double candidate = Attacker.difference(parent.<Double>getAs(stat), parent.<Long>getAs("n_orgs"),
                child.<Double>getAs(stat), child.<Long>getAs("n_orgs"));
            // the victim is one organization outside the child; a coalition knows every other outsider's figure
            for (String victim : outside.keySet()) {
              double known = 0;
              boolean single = true;
              for (Map.Entry<String, Set<Double>> o : outside.entrySet()) {
                if (o.getValue().size() != 1) single = false;
                if (!o.getKey().equals(victim)) known += o.getValue().iterator().next();
              }
              if (!single) continue;
              coalitionTries++;
              // a value several organizations of the cohort share singles nobody out
              assertNotEquals(victim, Attacker.recovered(candidate - known, parentFigures),
                  stat + " of " + parent + " minus " + child + " against " + victim);
            }
          }
        }
      }
    }
    System.out.printf("disclosure sweep: %d extreme candidates, %d nested pairs (%d with one organization outside),"
        + " %d differencing candidates%n", extremesTried, pairsTried, singleOrgPairs, coalitionTries);
    for (Row r : wh.spark().sql("select t, coalesce(suppressed_reason, 'published in full') as reason, count(*) as n from ("
        + " select 'cohort_month' as t, suppressed_reason from bench.cohort_month"
        + " union all select 'funnel_month', suppressed_reason from bench.funnel_month"
        + " union all select 'best_time', suppressed_reason from bench.best_time"
        + " union all select 'topic_month', suppressed_reason from bench.topic_month"
        + " union all select 'post_objective_month', suppressed_reason from bench.post_objective_month"
        + " union all select 'audience_quality', suppressed_reason from bench.audience_quality"
        + ") group by 1, 2 order by 1, 2").collectAsList()) {
      System.out.printf("disclosure sweep: %-22s %-28s %6d%n", r.getString(0), r.getString(1), r.getLong(2));
    }
    assertTrue(extremesTried > 0 && coalitionTries > 0, extremesTried + " extreme candidates, " + coalitionTries + " differences");
  }

  @Test
  void kpisFromTheSqlEqualKpisComputedInJavaFromTheFactTables(TestWarehouse wh) {
    Map<String, List<double[]>> posts = new HashMap<>(); // page → [engagements, followers, reach (NaN = NULL)]
    for (Row r : wh.spark().sql("select page_id, platform, engagements_d7, followers_at_publish, reach_d7 from dw.fct_post"
        + " where published_date between date'2026-03-01' and date'2026-03-31'").collectAsList()) {
      posts.computeIfAbsent(r.getString(0) + "/" + r.getString(1), k -> new ArrayList<>())
          .add(new double[] {r.getLong(2), r.getLong(3), r.isNullAt(4) ? Double.NaN : r.getLong(4)});
    }
    Map<String, long[]> followers = new HashMap<>(); // page → [previous month end, month end]
    for (Row r : wh.spark().sql("select page_id, platform, date, followers from dw.fct_page_daily").collectAsList()) {
      long[] f = followers.computeIfAbsent(r.getString(0) + "/" + r.getString(1), k -> new long[2]);
      f[r.getDate(2).toLocalDate().equals(LocalDate.parse("2026-02-28")) ? 0 : 1] = r.getLong(3);
    }
    int compared = 0;
    for (Row r : wh.spark().sql("select page_id, platform, engagement_rate_followers, engagement_rate_reach, follower_growth_rate"
        + " from bench.page_month where month = date'2026-03-01'").collectAsList()) {
      String page = r.getString(0) + "/" + r.getString(1);
      List<double[]> ps = posts.getOrDefault(page, List.of());
      double rateSum = 0, engWithReach = 0, reach = 0;
      for (double[] p : ps) {
        rateSum += p[0] / p[1];
        if (!Double.isNaN(p[2])) {
          engWithReach += p[0];
          reach += p[2];
        }
      }
      assertClose(ps.isEmpty() ? null : rateSum / ps.size(), r.get(2), page);
      assertClose(reach == 0 ? null : engWithReach / reach, r.get(3), page);
      long[] f = followers.get(page);
      assertClose((double) (f[1] - f[0]) / f[0], r.get(4), page);
      compared++;
    }
    assertEquals(80, compared);
  }

  private static void assertClose(Double expected, Object actual, String what) {
    if (expected == null) {
      assertEquals((Object) null, actual, what);
      return;
    }
    assertNotNull(actual, what);
    assertEquals(expected, (Double) actual, 1e-12 * Math.max(1, Math.abs(expected)), what);
  }

  @Test
  void recomputesTheMonthsTouchedByTheDate(TestWarehouse wh) {
    assertEquals(List.of(LocalDate.parse("2026-03-01")), TouchedMonths.of(wh.spark(), LocalDate.parse("2026-03-20")));
    // the 7th: posts of the last day of February turn 7 days old
    assertEquals(List.of(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-01")),
        TouchedMonths.of(wh.spark(), LocalDate.parse("2026-03-07")));
    assertEquals(List.of(LocalDate.parse("2026-03-01")), TouchedMonths.of(wh.spark(), LocalDate.parse("2026-03-08")));
    // the late January post got its day-7 snapshot on the 25th
    assertEquals(List.of(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-01")),
        TouchedMonths.of(wh.spark(), LocalDate.parse("2026-03-25")));
  }

  @Test
  void refusesAMinimumCohortSizeBelowThree(TestWarehouse wh) {
    CliRun r = CliRun.of(concat(new String[] {"bench", "--date", DATE, "-Dsocialbench.privacy.min-cohort-orgs=2"}, wh.cliOptions()));
    assertEquals(1, r.exitCode());
    assertEquals("socialbench bench: socialbench.privacy.min-cohort-orgs is 2; the minimum cohort size must be at least 3 organizations\n", r.err());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> BenchSettings.from(wh.settings().with("socialbench.privacy.min-cohort-orgs", 1)));
    assertEquals("socialbench.privacy.min-cohort-orgs is 1; the minimum cohort size must be at least 3 organizations", e.getMessage());
    assertEquals(3, BenchSettings.from(wh.settings().with("socialbench.privacy.min-cohort-orgs", 3)).minCohortOrgs());
  }

  @Test
  void rejectsADateThatIsNotIso(TestWarehouse wh) {
    CliRun r = CliRun.of(concat(new String[] {"bench", "--date", "20.03.2026"}, wh.cliOptions()));
    assertEquals(1, r.exitCode());
    assertEquals("socialbench bench: --date must be YYYY-MM-DD, got '20.03.2026'\n", r.err());
  }

  @Test
  void commentsEveryBenchTableAndColumn(TestWarehouse wh) {
    for (String t : TABLES) {
      List<Row> columns = wh.spark().sql("describe table " + t).collectAsList();
      int described = 0;
      for (Row c : columns) {
        if (c.getString(0).isEmpty() || c.getString(0).startsWith("#")) break;
        assertFalse(c.getString(2) == null || c.getString(2).isBlank(), t + "." + c.getString(0) + " has no comment");
        described++;
      }
      assertTrue(described >= 10, t);
      String comment = wh.spark().sql("describe table extended " + t).where("col_name = 'Comment'").first().getString(1);
      assertFalse(comment.isBlank(), t);
    }
  }
}
