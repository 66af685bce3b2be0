package socialbench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The per-platform medians of engagement at day 7 (the age benchmarks use) over a generated set of
 * 200 organizations × 21 publishing days land within 15% of the targets of issue 4.
 */
class EngagementMediansTest {
  private static final double TOLERANCE = 0.15;

  @Test
  void engagementMediansAtDaySevenAreWithinFifteenPercentOfTheTargets() {
    long seed = 11;
    Population population = new PopulationBuilder(seed).build(200);
    FollowerModel followers = new FollowerModel(seed);
    PostModel posts = new PostModel(seed, followers);
    Map<Platform, List<Double>> rates = new EnumMap<>(Platform.class);
    LocalDate first = LocalDate.of(2026, 10, 1);
    for (List<Page> pages : population.pagesByOrg()) {
      for (Page page : pages) {
        for (int d = 0; d < 21; d++) {
          for (Post post : posts.posts(page, first.plusDays(d))) {
            long[] m = post.snapshot(post.date().plusDays(7));
            rates.computeIfAbsent(page.platform(), p -> new ArrayList<>()).add(EngagementRates.dayRate(page.platform(), post, m));
          }
        }
      }
    }
    for (Platform p : Platform.values()) {
      double median = median(rates.get(p));
      System.out.printf("%s n=%d median=%.6f target=%.6f%n", p, rates.get(p).size(), median, p.engagementTarget);
    }
    for (Platform p : Platform.values()) {
      double median = median(rates.get(p));
      assertEquals(p.engagementTarget, median, p.engagementTarget * TOLERANCE, p + " median engagement " + p.engagementBasis);
    }
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
