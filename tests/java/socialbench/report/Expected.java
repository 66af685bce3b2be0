package socialbench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Figures the report tests expect, recomputed in Java from the dw and bench tables (not from the report's SQL). */
public final class Expected {
  private Expected() {}

  /** Mean of day-7 engagements ÷ followers at publish over an organization's posts on a platform in October 2026. */
  public static double engagementRateFollowers(SparkSession spark, String org, String platform) {
    double sum = 0;
    int n = 0;
    for (Row r : spark.sql("select engagements_d7, followers_at_publish from dw.fct_post where org_id = :o and platform = :p"
        + " and published_date between date'2026-10-01' and date'2026-10-31'", Map.of("o", org, "p", platform)).collectAsList()) {
      if (!r.isNullAt(0) && !r.isNullAt(1) && r.getLong(1) > 0) {
        sum += (double) r.getLong(0) / r.getLong(1);
        n++;
      }
    }
    if (n == 0) throw new AssertionError("no rated posts of " + org + " on " + platform);
    return sum / n;
  }

  /** Median of engagement_rate_followers over October's pages of an industry on a platform (fallback level 2). */
  public static double industryMedian(SparkSession spark, String industry, String platform) {
    List<Double> values = new ArrayList<>();
    for (Row r : spark.sql("select engagement_rate_followers from bench.page_month where month = date'2026-10-01'"
        + " and industry = :i and platform = :p and engagement_rate_followers is not null", Map.of("i", industry, "p", platform))
        .collectAsList()) {
      values.add(r.getDouble(0));
    }
    return Percentile.of(values, 0.5);
  }
}
