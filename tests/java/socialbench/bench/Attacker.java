package socialbench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a benchmark user who sees every published row can compute (issue 19's attacks), written once so the
 * fixtures and the sweep try the same things:
 *
 * <ul>
 *   <li>differencing nested cohorts: {@code parent statistic × parent weight − child statistic × child weight}
 *       gives the one outsider's value when the statistic is a mean and the weight its page count;
 *   <li>interpolated extremes: with n = 5, p25 = v2 and p10 = v1 + 0.4 (v2 − v1), so v1 = (p10 − 0.4 p25) / 0.6
 *       (likewise v5 from p90 and p75); tried for every interpolation fraction 0.1 … 0.9, i.e. every small n.
 * </ul>
 *
 * A candidate counts as a recovery when it equals the figure of exactly one organization of the cohort.
 */
final class Attacker {
  static final double[] FRACTIONS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

  private Attacker() {}

  static double difference(double parentStatistic, long parentWeight, double childStatistic, long childWeight) {
    return parentStatistic * parentWeight - childStatistic * childWeight;
  }

  /** Candidates for the lowest value from p10 and p25 (or the highest from p90 and p75), one per fraction. */
  static List<Double> extremes(Double outer, Double quartile) {
    List<Double> out = new ArrayList<>();
    if (outer == null || quartile == null) return out;
    for (double f : FRACTIONS) out.add((outer - f * quartile) / (1 - f));
    return out;
  }

  /** The organization whose own figure the candidate is, when exactly one organization holds that figure. */
  static String recovered(double candidate, Map<String, ? extends Set<Double>> figuresByOrg) {
    String holder = null;
    for (Map.Entry<String, ? extends Set<Double>> e : figuresByOrg.entrySet()) {
      for (double v : e.getValue()) {
        if (Math.abs(v - candidate) <= 1e-9 * Math.max(1, Math.abs(v))) {
          if (holder != null && !holder.equals(e.getKey())) return null;
          holder = e.getKey();
        }
      }
    }
    return holder;
  }
}
