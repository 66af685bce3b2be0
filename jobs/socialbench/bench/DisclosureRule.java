package socialbench.bench;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF4;
import org.apache.spark.sql.api.java.UDF5;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.Seq;

/**
 * The one disclosure rule of docs/design.md §7, applied by every bench model that publishes a cohort statistic
 * (registered as the SQL functions {@code disclosure_reason} and {@code disclosure_extremes_reason}, and
 * {@code disclosed_percentiles} and {@code disclosed_quartiles}, which apply them to a cohort's percentiles).
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

  /** What {@code disclosed_percentiles} returns: p10 … p90 as published, suppressed and its reason. */
  static final StructType PERCENTILES = new StructType()
      .add("p10", DataTypes.DoubleType).add("p25", DataTypes.DoubleType).add("p50", DataTypes.DoubleType)
      .add("p75", DataTypes.DoubleType).add("p90", DataTypes.DoubleType)
      .add("suppressed", DataTypes.BooleanType, false).add("suppressed_reason", DataTypes.StringType);
  /** What {@code disclosed_quartiles} returns: p25, p50, p75 as published, suppressed and its reason. */
  static final StructType QUARTILES = new StructType()
      .add("p25", DataTypes.DoubleType).add("p50", DataTypes.DoubleType).add("p75", DataTypes.DoubleType)
      .add("suppressed", DataTypes.BooleanType, false).add("suppressed_reason", DataTypes.StringType);

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

  /**
   * A cohort's p10, p25, p50, p75, p90 ({@code pct}, in that order) as they may be published: the quartiles
   * when {@link #reason} is NULL, p10 and p90 when {@link #extremesReason} is NULL as well; suppressed when
   * the quartiles are withheld, and the reason of the first figure withheld ({@link #extremesReason}).
   */
  static Row percentiles(Seq<?> pct, long nOrgs, long nValues, long topOrgValues, int k) {
    String central = reason(nOrgs, nValues, topOrgValues, k);
    String extremes = extremesReason(nOrgs, nValues, topOrgValues, k);
    return RowFactory.create(extremes == null ? at(pct, 0) : null, central == null ? at(pct, 1) : null,
        central == null ? at(pct, 2) : null, central == null ? at(pct, 3) : null, extremes == null ? at(pct, 4) : null,
        central != null, extremes);
  }

  /** A figure's p25, p50, p75 ({@code pct}) as they may be published: when {@link #reason} is NULL. */
  static Row quartiles(Seq<?> pct, long nOrgs, long nValues, long topOrgValues, int k) {
    String central = reason(nOrgs, nValues, topOrgValues, k);
    return RowFactory.create(central == null ? at(pct, 0) : null, central == null ? at(pct, 1) : null,
        central == null ? at(pct, 2) : null, central != null, central);
  }

  private static Object at(Seq<?> pct, int i) {
    return pct == null ? null : pct.apply(i);
  }

  /**
   * Makes the rule callable from the models: {@code disclosure_reason(n_orgs, n_values, top_org_values, :k)},
   * {@code disclosure_extremes_reason(…)}, and {@code disclosed_percentiles(pct, n_orgs, n_values,
   * top_org_values, :k)} ({@code pct} = percentile(value, array(0.1D, 0.25D, 0.5D, 0.75D, 0.9D))) and
   * {@code disclosed_quartiles(pct, …)} ({@code pct} = percentile(value, array(0.25D, 0.5D, 0.75D))), which
   * return a struct of the published figures ({@code select d.* …}).
   */
  public static void register(SparkSession spark) {
    if (spark.catalog().functionExists("disclosed_percentiles")) return;
    spark.udf().register("disclosed_percentiles", functions.udf((UDF5<Seq<?>, Number, Number, Number, Number, Row>)
        (pct, n, v, top, k) -> percentiles(pct, zero(n), zero(v), zero(top), (int) zero(k)), PERCENTILES).asNonNullable());
    spark.udf().register("disclosed_quartiles", functions.udf((UDF5<Seq<?>, Number, Number, Number, Number, Row>)
        (pct, n, v, top, k) -> quartiles(pct, zero(n), zero(v), zero(top), (int) zero(k)), QUARTILES).asNonNullable());
    spark.udf().register("disclosure_reason", (UDF4<Number, Number, Number, Number, String>) (n, v, top, k) ->
        reason(zero(n), zero(v), zero(top), (int) zero(k)), DataTypes.StringType);
    spark.udf().register("disclosure_extremes_reason", (UDF4<Number, Number, Number, Number, String>) (n, v, top, k) ->
        extremesReason(zero(n), zero(v), zero(top), (int) zero(k)), DataTypes.StringType);
  }

  private static long zero(Number v) {
    return v == null ? 0L : v.longValue();
  }
}
