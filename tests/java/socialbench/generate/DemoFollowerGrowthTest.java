package socialbench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.testing.CliRun;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * Realism of the generated follower figures as the warehouse sees them: the default demo's exports (24
 * organizations, seed 42, 2 % messy inputs, export days 2026-09-29 to 10-01) landed, modelled and benched
 * by one night, 2026-10-01, which lands the three days' exports as a backlog, then the median of October's
 * follower_growth_rate per platform in bench.page_month lies within −5 % … +10 %. (The demo's three nights
 * one after another give the same six medians to the last digit; one night costs a third of the model,
 * bench and check work.)
 * (A LinkedIn followers workbook carrying a running total in "Total followers", which LinkedIn and the
 * model read as the day's new followers, doubled every LinkedIn page.)
 */
@ExtendWith(SparkTestExtension.class)
class DemoFollowerGrowthTest {
  static final LocalDate START = LocalDate.parse("2026-09-29");
  static final int NIGHTS = 3;

  @Test
  void medianMonthlyFollowerGrowthPerPlatformIsPlausible(TestWarehouse wh) throws Exception {
    Path inbox = Files.createTempDirectory("socialbench-demo-growth-inbox-");
    new Generator(new GenerateSpec(inbox, 24, START, NIGHTS, 42, 0.02), System.err).run();
    String[] args = {"nightly", "--date", START.plusDays(NIGHTS - 1).toString(), "--inbox", inbox.toString()};
    CliRun night = CliRun.of(concat(args, wh.cliOptions()));
    assertEquals(0, night.exitCode(), night.err());
    assertTrue(night.err().contains("(859 landed, 0 skipped_duplicate, 0 rejected)"), "the three export days land as one backlog: " + night.err());
    Map<String, Double> medians = new TreeMap<>();
    for (Row r : wh.spark().sql("select platform, percentile(follower_growth_rate, 0.5) from bench.page_month "
        + "where month = DATE'2026-10-01' and follower_growth_rate is not null group by platform").collectAsList()) {
      medians.put(r.getString(0), r.getDouble(1));
    }
    System.out.println("median October follower growth per platform: " + medians);
    assertEquals(List.of("facebook", "instagram", "linkedin", "tiktok", "x", "youtube"), List.copyOf(medians.keySet()));
    medians.forEach((platform, median) ->
        assertTrue(median >= -0.05 && median <= 0.10, platform + " median monthly follower growth " + median));
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
