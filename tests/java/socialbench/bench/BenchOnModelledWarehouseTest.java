package socialbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import socialbench.generate.GenerateSpec;
import socialbench.generate.Generator;
import socialbench.testing.CliRun;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * End to end: generated native exports of 8 organizations → land → model → bench for two nights (k = 3),
 * then the bench tables checked against the dw tables the real model stage wrote.
 */
@ExtendWith(SparkTestExtension.class)
class BenchOnModelledWarehouseTest {
  @TempDir static Path dir;

  @BeforeAll
  static void twoNights(TestWarehouse wh) {
    Path inbox = dir.resolve("inbox");
    new Generator(new GenerateSpec(inbox, 8, LocalDate.parse("2026-10-01"), 2, 3, 0.0), System.err).run();
    for (String night : new String[] {"2026-10-01", "2026-10-02"}) {
      List<String> args = new ArrayList<>(List.of("nightly", "--date", night, "--inbox", inbox.toString(),
          "-Dsocialbench.privacy.min-cohort-orgs=3"));
      args.addAll(List.of(wh.cliOptions()));
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertEquals(0, r.exitCode(), r.err());
    }
  }

  @Test
  void everyPageWithPostsInTheMonthHasItsEngagementRateFromTheModelledFacts(TestWarehouse wh) {
    Map<String, double[]> expected = new HashMap<>(); // page → [sum of rates, number of rated posts]
    for (Row r : wh.spark().sql("select page_id, platform, engagements_d7, followers_at_publish from dw.fct_post"
        + " where published_date >= date'2026-10-01' and platform in ('facebook','instagram','linkedin','x','youtube','tiktok')")
        .collectAsList()) {
      double[] e = expected.computeIfAbsent(r.getString(0) + "/" + r.getString(1), k -> new double[2]);
      if (!r.isNullAt(2) && !r.isNullAt(3) && r.getLong(3) > 0) {
        e[0] += (double) r.getLong(2) / r.getLong(3);
        e[1]++;
      }
    }
    assertTrue(expected.size() >= 8, "pages with posts: " + expected.size());
    Map<String, Row> actual = new HashMap<>();
    for (Row r : wh.spark().sql("select page_id, platform, engagement_rate_followers from bench.page_month"
        + " where month = date'2026-10-01'").collectAsList()) {
      actual.put(r.getString(0) + "/" + r.getString(1), r);
    }
    for (Map.Entry<String, double[]> e : expected.entrySet()) {
      Row r = actual.get(e.getKey());
      assertTrue(r != null, e.getKey() + " missing from bench.page_month");
      if (e.getValue()[1] == 0) {
        assertTrue(r.isNullAt(2), e.getKey());
      } else {
        assertEquals(e.getValue()[0] / e.getValue()[1], r.getDouble(2), 1e-12, e.getKey());
      }
    }
  }

  @Test
  void noPublishedStatisticRestsOnFewerThanThreeOrganizations(TestWarehouse wh) {
    assertEquals(0L, wh.spark().sql("select count(*) from bench.cohort_month where not suppressed and n_orgs < 3").first().getLong(0));
    assertTrue(wh.spark().sql("select count(*) from bench.cohort_month where not suppressed").first().getLong(0) > 0);
    assertEquals(0L, wh.spark().sql("select count(*) from bench.page_rank where percentile_rank is not null and cohort_n_orgs < 3")
        .first().getLong(0));
  }
}
