package socialbench.bench;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.types.DataTypes;

/**
 * The one disclosure rule of docs/design.md §7, applied by every bench model that publishes a cohort statistic
 * (registered as the SQL functions {@code disclosure_reason} and {@code disclosure_extremes_reason}).
 *
 * <p>A figure is described by the organizations that contribute a value to it ({@code n_orgs}), the number
 * of values ({@code n_values}: pages, posts or organizations) and the values of the organization holding
 * the most ({@code top_org_values}). Its quartiles and median are published only when {@link #reason}
 * is NULL; its p10 and p90 only when {@link #extremesReason} is NULL as well.
 */
public final class DisclosureRule {
  public static final String FEWER_THAN_K = "fewer than k organizations";
  public static final String DOMINATED = "one organization dominates";
  public static final String TOO_FEW_FOR_EXTREMES = "too few for p10/p90";

  private DisclosureRule() {}

  /** Why the figure's p25/p50/p75 are withheld, or NULL when they may be published. */
  public static String reason(long nOrgs, long nValues, long topOrgValues, int k) {
    if (nOrgs < k) return FEWER_THAN_K;
    if (2 * topOrgValues > nValues) return DOMINATED;
    return null;
  }

  /** Why the figure's p10/p90 are withheld (the central reason first), or NULL when they may be published. */
  public static String extremesReason(long nOrgs, long nValues, long topOrgValues, int k) {
    String central = reason(nOrgs, nValues, topOrgValues, k);
    if (central != null) return central;
    return nOrgs < 2L * k ? TOO_FEW_FOR_EXTREMES : null;
  }

  /** Makes the rule callable from the models: {@code disclosure_reason(n_orgs, n_values, top_org_values, :k)}. */
  public static void register(SparkSession spark) {
    if (spark.catalog().functionExists("disclosure_reason")) return;
    spark.udf().register("disclosure_reason", (UDF4<Number, Number, Number, Number, String>) (n, v, top, k) ->
        reason(zero(n), zero(v), zero(top), (int) zero(k)), DataTypes.StringType);
    spark.udf().register("disclosure_extremes_reason", (UDF4<Number, Number, Number, Number, String>) (n, v, top, k) ->
        extremesReason(zero(n), zero(v), zero(top), (int) zero(k)), DataTypes.StringType);
  }

  private static long zero(Number v) {
    return v == null ? 0L : v.longValue();
  }
}
