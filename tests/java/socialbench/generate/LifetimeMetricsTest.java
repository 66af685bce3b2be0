package socialbench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Daily exports carry lifetime metrics of the last 28 days of posts: a post reappears with growing numbers, most growth early. */
class LifetimeMetricsTest {

  @Test
  void aTweetReappearsInConsecutiveDailyExportsWithImpressionsThatNeverFall(@TempDir Path inbox) {
    InboxFiles.generate(inbox, 3, 4, 17, 0);
    List<String> files = InboxFiles.list(inbox).stream().filter(f -> f.matches(".*/x/.*/tweet_activity_metrics_.*\\.csv")).toList();
    String org = files.get(0).substring(0, files.get(0).indexOf('/'));
    Map<String, Double> last = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String f : files) {
      if (!f.startsWith(org + "/")) continue;
      String text = new String(InboxFiles.bytes(inbox.resolve(f)), StandardCharsets.UTF_8);
      for (String line : text.split("\n\"(?=\\d{19}\")")) {
        if (line.startsWith("\"Tweet id\"")) continue;
        String[] cells = line.split("\",\"");
        String id = cells[0].replace("\"", "");
        double impressions = Double.parseDouble(cells[4]);
        Double before = last.put(id, impressions);
        if (before != null) assertTrue(impressions >= before, id + " impressions fell from " + before + " to " + impressions);
        seen.merge(id, 1, Integer::sum);
      }
    }
    assertTrue(seen.values().stream().anyMatch(n -> n == 4), "some tweet is in all four daily files");
  }

  @Test
  void postsReachMostOfTheirTwentyEightDayMetricsWithinTwoDaysAndNeverDecrease() {
    Population population = new PopulationBuilder(5).build(20);
    PostModel model = new PostModel(5, new FollowerModel(5));
    double atDayTwo = 0, atDay27 = 0;
    for (List<Page> pages : population.pagesByOrg()) {
      for (Page page : pages) {
        for (Post post : model.posts(page, LocalDate.of(2026, 9, 1))) {
          long[] previous = new long[Metric.COUNT];
          for (int age = 0; age < PageDay.WINDOW_DAYS; age++) {
            long[] m = post.snapshot(post.date().plusDays(age));
            for (int k = 0; k < Metric.COUNT; k++) assertTrue(m[k] >= previous[k], "metric " + k + " fell at age " + age);
            previous = m;
          }
          atDayTwo += post.snapshot(post.date().plusDays(2))[Metric.IMPRESSIONS];
          atDay27 += previous[Metric.IMPRESSIONS];
        }
      }
    }
    double share = atDayTwo / atDay27;
    assertTrue(share > 0.80 && share < 0.95, "share at day 2 = " + share);
  }

  @Test
  void theGrowthCurveIsZeroAtPublishingAndOneAtTwentyEightDays() {
    assertEquals(0.0, GrowthCurve.share(0));
    assertEquals(1.0, GrowthCurve.share(GrowthCurve.FULL_HOURS), 1e-9);
  }
}
