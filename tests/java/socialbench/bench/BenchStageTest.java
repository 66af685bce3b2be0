package socialbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
  private static final List<String> TABLES = BenchStage.MODELS.stream().map(m -> "bench." + m).toList();
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
      if (c.<Boolean>getAs("suppressed")) {
        suppressed++;
        assertTrue(orgs.size() < K, c.toString());
        for (String s : List.of("p10", "p25", "p50", "p75", "p90", "mean")) assertEquals((Object) null, c.getAs(s), c.toString());
      } else {
        published++;
        assertTrue(orgs.size() >= K, c.toString());
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
