package socialbench.report;

import java.util.List;

/**
 * Everything the report shows for one page: its KPIs over the 13-month window, its top posts, the
 * best-time cells of its cohort (at {@code bestTimeLevel}) with the share of the cohort's posts that have no
 * time of day (NULL when withheld or unknown) and its audience quality (NULL when the page has no row there).
 */
public record PageReport(PageInfo page, List<KpiMonth> kpis, List<TopPost> topPosts, int bestTimeLevel,
    List<BestTimeCell> bestTime, Double postsWithoutHourShare, AudienceQuality audience) {
  public PageReport {
    kpis = List.copyOf(kpis);
    topPosts = List.copyOf(topPosts);
    bestTime = List.copyOf(bestTime);
  }
}
