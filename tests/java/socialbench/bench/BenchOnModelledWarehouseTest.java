package socialbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.report.NightlyWarehouse;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * End to end: generated native exports of 8 organizations → land → model → bench → check → publish by one
 * real night (k = 3, {@link NightlyWarehouse}, shared with the report, export and analyst tests), then
 * the bench tables checked against the dw tables the real model stage wrote.
 */
@ExtendWith(SparkTestExtension.class)
class BenchOnModelledWarehouseTest {

  @BeforeAll
  static void oneNight(TestWarehouse wh) {
    NightlyWarehouse.copyInto(wh);
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
