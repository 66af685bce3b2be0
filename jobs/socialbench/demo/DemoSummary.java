package socialbench.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The demo's closing benchmark summary for one client: per platform, its KPIs of the latest month
 * against the cohort median, with its percentile rank (from {@code bench.page_rank}).
 */
final class DemoSummary {
  static final List<String> KPIS = List.of(
      "engagement_rate_followers", "engagement_rate_impressions", "follower_growth_rate", "click_through_rate", "posts_per_week");

  private final SparkSession spark;

  DemoSummary(SparkSession spark) {
    this.spark = spark;
  }

  /** The organization with ranked pages on the most platforms in the latest month (ties by id). */
  String pickClient() {
    List<Row> r = spark.sql(
            "with latest as (select max(month) as m from bench.page_rank where percentile_rank is not null) "
                + "select org_id from bench.page_rank, latest where month = latest.m and percentile_rank is not null "
                + "group by org_id order by count(distinct platform) desc, org_id limit 1")
        .collectAsList();
    return r.isEmpty() ? null : r.get(0).getString(0);
  }

  /** The latest month (YYYY-MM) in which {@code org} has a ranked page. */
  String latestRankedMonth(String org) {
    return spark.sql("select date_format(max(month), 'yyyy-MM') from bench.page_rank where org_id = :org and percentile_rank is not null",
        java.util.Map.of("org", org)).first().getString(0);
  }

  void print(String org, PrintStream out) {
    List<Row> rows = spark.sql(
            "with latest as (select max(month) as m from bench.page_rank where org_id = :org and percentile_rank is not null) "
                + "select platform, cast(month as string), kpi, value, value - delta_vs_median as cohort_median, percentile_rank, fallback_level, cohort_n_orgs "
                + "from bench.page_rank, latest where org_id = :org and month = latest.m and value is not null and kpi in ("
                + "'engagement_rate_followers', 'engagement_rate_impressions', 'follower_growth_rate', 'click_through_rate', 'posts_per_week') "
                + "order by platform, kpi",
            java.util.Map.of("org", org))
        .collectAsList();
    if (rows.isEmpty()) {
      out.println("  no ranked KPIs for " + org + " yet (cohorts below the minimum size are never published)");
      return;
    }
    out.printf(Locale.US, "  %s, %s — KPI vs cohort median (percentile rank among peers, own org left out)%n", org, rows.get(0).getString(1));
    String platform = null;
    for (Row r : rows) {
      if (!r.getString(0).equals(platform)) {
        platform = r.getString(0);
        out.println("  " + platform);
      }
      out.printf(Locale.US, "    %-28s %12s  median %12s  rank %s  (cohort level %s, %s orgs)%n",
          r.getString(2), fmt(r.get(3)), fmt(r.get(4)), r.isNullAt(5) ? "n/a" : String.format(Locale.US, "%.0f", r.getDouble(5)),
          r.isNullAt(6) ? "-" : r.get(6), r.isNullAt(7) ? "-" : r.get(7));
    }
  }

  private static String fmt(Object v) {
    if (v == null) return "n/a";
    double d = ((Number) v).doubleValue();
    return Math.abs(d) < 10 ? String.format(Locale.US, "%.4f", d) : String.format(Locale.US, "%.1f", d);
  }
}
