package socialbench.report;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Inline SVG line chart of one KPI over the trend months: the cohort's p25–p75 band (shaded), its median
 * (dashed) and the client page's value (solid line with dots). Months without a value leave a gap; a
 * suppressed cohort has no band that month.
 */
public final class TrendChart {
  static final int WIDTH = 640;
  static final int HEIGHT = 190;
  private static final int LEFT = 64;
  private static final int RIGHT = 16;
  private static final int TOP = 12;
  private static final int BOTTOM = 30;

  private TrendChart() {}

  /** @param byMonth the page's KPI rows keyed by month, for the months of {@code months} that have one */
  public static String svg(Kpi kpi, List<YearMonth> months, Map<YearMonth, KpiMonth> byMonth) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (KpiMonth k : byMonth.values()) {
      for (Double v : new Double[] {k.value(), k.p25(), k.p50(), k.p75()}) {
        if (v != null && !v.isNaN() && !v.isInfinite()) {
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
      }
    }
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"trend\" width=\"").append(WIDTH).append("\" height=\"")
        .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT).append("\" role=\"img\" aria-label=\"")
        .append(Html.escape(kpi.label() + " over " + months.size() + " months")).append("\">");
    s.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(WIDTH - LEFT - RIGHT)
        .append("\" height=\"").append(HEIGHT - TOP - BOTTOM).append("\" fill=\"#fafafa\" stroke=\"#ccc\"/>");
    for (int i = 0; i < months.size(); i++) {
      YearMonth m = months.get(i);
      s.append("<text x=\"").append(Format.coord(x(i, months.size()))).append("\" y=\"").append(HEIGHT - 12)
          .append("\" class=\"axis\" text-anchor=\"middle\">").append(Html.escape(monthLabel(m))).append("</text>");
    }
    if (lo > hi) {
      s.append("<text x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2).append("\" text-anchor=\"middle\" class=\"note\">no values in these months</text></svg>");
      return s.toString();
    }
    if (lo == hi) {
      double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
      lo -= pad;
      hi += pad;
    } else {
      double pad = (hi - lo) * 0.08;
      lo = lo >= 0 ? Math.max(0, lo - pad) : lo - pad; // a chart of non-negative values does not dip below 0
      hi += pad;
    }
    s.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(TOP + 10).append("\" class=\"axis\" text-anchor=\"end\">")
        .append(Html.escape(kpi.format(hi))).append("</text>");
    s.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(HEIGHT - BOTTOM).append("\" class=\"axis\" text-anchor=\"end\">")
        .append(Html.escape(kpi.format(lo))).append("</text>");
    for (List<Integer> run : runs(months, byMonth, "band")) {
      StringBuilder upper = new StringBuilder();
      StringBuilder lower = new StringBuilder();
      for (int i : run) {
        KpiMonth k = byMonth.get(months.get(i));
        double cx = x(i, months.size());
        double w = run.size() == 1 ? 5 : 0;
        upper.append(Format.coord(cx - w)).append(',').append(Format.coord(y(k.p75(), lo, hi))).append(' ');
        if (w > 0) upper.append(Format.coord(cx + w)).append(',').append(Format.coord(y(k.p75(), lo, hi))).append(' ');
        lower.insert(0, Format.coord(cx - w) + "," + Format.coord(y(k.p25(), lo, hi)) + " ");
        if (w > 0) lower.insert(0, Format.coord(cx + w) + "," + Format.coord(y(k.p25(), lo, hi)) + " ");
      }
      s.append("<polygon class=\"band\" points=\"").append((upper.toString() + lower).strip()).append("\"/>");
    }
    for (List<Integer> run : runs(months, byMonth, "median")) {
      s.append(line(run, months, byMonth, lo, hi, true));
    }
    for (List<Integer> run : runs(months, byMonth, "value")) {
      s.append(line(run, months, byMonth, lo, hi, false));
    }
    for (int i = 0; i < months.size(); i++) {
      KpiMonth k = byMonth.get(months.get(i));
      if (k != null && k.value() != null) {
        s.append("<circle class=\"client-point\" cx=\"").append(Format.coord(x(i, months.size()))).append("\" cy=\"")
            .append(Format.coord(y(k.value(), lo, hi))).append("\" r=\"3\"><title>")
            .append(Html.escape(monthLabel(months.get(i)) + ": " + kpi.format(k.value()))).append("</title></circle>");
      }
    }
    return s.append("</svg>").toString();
  }

  private static String line(List<Integer> run, List<YearMonth> months, Map<YearMonth, KpiMonth> byMonth, double lo, double hi,
      boolean median) {
    StringBuilder pts = new StringBuilder();
    for (int i : run) {
      KpiMonth k = byMonth.get(months.get(i));
      double v = median ? k.p50() : k.value();
      double cx = x(i, months.size());
      if (run.size() == 1) {
        pts.append(Format.coord(cx - 6)).append(',').append(Format.coord(y(v, lo, hi))).append(' ');
      }
      pts.append(Format.coord(run.size() == 1 ? cx + 6 : cx)).append(',').append(Format.coord(y(v, lo, hi))).append(' ');
    }
    return "<polyline class=\"" + (median ? "median" : "client") + "\" points=\"" + pts.toString().strip() + "\"/>";
  }

  /** Consecutive months that have the series ("band", "median" or "value"). */
  private static List<List<Integer>> runs(List<YearMonth> months, Map<YearMonth, KpiMonth> byMonth, String series) {
    List<List<Integer>> out = new ArrayList<>();
    List<Integer> cur = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      KpiMonth k = byMonth.get(months.get(i));
      boolean has = k != null && switch (series) {
        case "band" -> !k.suppressed() && k.p25() != null && k.p75() != null;
        case "median" -> !k.suppressed() && k.p50() != null;
        default -> k.value() != null;
      };
      if (has) {
        cur.add(i);
      } else if (!cur.isEmpty()) {
        out.add(cur);
        cur = new ArrayList<>();
      }
    }
    if (!cur.isEmpty()) out.add(cur);
    return out;
  }

  private static double x(int i, int n) {
    double span = WIDTH - LEFT - RIGHT;
    return LEFT + span * (i + 0.5) / n;
  }

  private static double y(double v, double lo, double hi) {
    double span = HEIGHT - TOP - BOTTOM;
    return TOP + span * (hi - v) / (hi - lo);
  }

  static String monthLabel(YearMonth m) {
    String[] names = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return names[m.getMonthValue() - 1] + " " + String.format(java.util.Locale.ROOT, "%02d", m.getYear() % 100);
  }
}
