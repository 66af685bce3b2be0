package socialbench.report;

import java.util.ArrayList;
import java.util.List;

/** Exact percentile with linear interpolation (numpy's default), computed in Java to check the SQL's. */
public final class Percentile {
  private Percentile() {}

  public static double of(List<Double> values, double q) {
    List<Double> v = new ArrayList<>(values);
    v.sort(null);
    double pos = q * (v.size() - 1);
    int lo = (int) Math.floor(pos);
    int hi = (int) Math.ceil(pos);
    return v.get(lo) + (v.get(hi) - v.get(lo)) * (pos - lo);
  }
}
