package socialbench.report;

import java.time.YearMonth;
import java.util.List;

/** The data of one client's benchmark report for one month, loaded from the published warehouse. */
public record ClientReport(Organization organization, YearMonth month, int minCohortOrgs, List<PageReport> pages,
    List<FunnelRow> funnel) {
  /** Months of the trend charts: the report's month and the 12 before it. */
  public static final int TREND_MONTHS = 13;

  public ClientReport {
    pages = List.copyOf(pages);
    funnel = List.copyOf(funnel);
  }

  public YearMonth firstTrendMonth() {
    return month.minusMonths(TREND_MONTHS - 1);
  }
}
