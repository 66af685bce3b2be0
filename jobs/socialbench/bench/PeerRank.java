package socialbench.bench;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.types.DataTypes;

/**
 * The leave-one-out percentile rank and its quartile, used by every bench model that ranks a page or a post
 * against its peers (registered as the SQL functions {@code leave_one_out_rank} and {@code rank_quartile}).
 *
 * <p>A model counts, over the cohort, the values below the ranked value, the values equal to it and all
 * values; and the same over the ranked value's own organization. The rank is taken over the cohort without
 * that organization: {@code 100 × (below + ½ equal) ÷ n}. Which values count (one per organization for an
 * organization-level KPI, only pages with both values, …) and when a rank is withheld (suppressed cohort,
 * no value) stays with the model; disclosure stays with {@link DisclosureRule}.
 */
public final class PeerRank {
  private PeerRank() {}

  /** The leave-one-out percentile rank, or NULL when the cohort has no value outside the organization. */
  public static Double leaveOneOut(long belowAll, long equalAll, long nAll, long belowOwn, long equalOwn, long nOwn) {
    if (nAll - nOwn == 0) return null;
    // the same operations, in the same order, as the SQL it replaces: bit-identical doubles
    return 100.0D * ((double) (belowAll - belowOwn) + 0.5D * (double) (equalAll - equalOwn)) / (double) (nAll - nOwn);
  }

  /** 1 (rank below 25) … 4 (75 and above), NULL with the rank. */
  public static Integer quartile(Double rank) {
    if (rank == null) return null;
    if (rank < 25) return 1;
    if (rank < 50) return 2;
    if (rank < 75) return 3;
    return 4;
  }

  /**
   * Makes the rank callable from the models:
   * {@code leave_one_out_rank(below_all, equal_all, n_all, below_own, equal_own, n_own)} and {@code rank_quartile(rank)}.
   */
  public static void register(SparkSession spark) {
    if (spark.catalog().functionExists("leave_one_out_rank")) return;
    spark.udf().register("leave_one_out_rank", (UDF6<Number, Number, Number, Number, Number, Number, Double>)
        (belowAll, equalAll, nAll, belowOwn, equalOwn, nOwn) -> belowAll == null || equalAll == null || nAll == null
            || belowOwn == null || equalOwn == null || nOwn == null ? null
            : leaveOneOut(belowAll.longValue(), equalAll.longValue(), nAll.longValue(), belowOwn.longValue(),
                equalOwn.longValue(), nOwn.longValue()), DataTypes.DoubleType);
    spark.udf().register("rank_quartile", (UDF1<Double, Integer>) PeerRank::quartile, DataTypes.IntegerType);
  }
}
