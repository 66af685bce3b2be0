package socialbench.report;

import java.util.List;

/**
 * Inline SVG heatmap of the cohort's median engagement rate per local day of week (rows, Monday first) and
 * hour (columns). Darker is better; cells without posts or with fewer than k organizations are grey.
 */
public final class BestTimeHeatmap {
  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final int CELL_W = 22;
  private static final int CELL_H = 18;
  private static final int LEFT = 36;
  private static final int TOP = 18;

  private BestTimeHeatmap() {}

  public static String svg(List<BestTimeCell> cells) {
    Double[][] mean = new Double[7][24];
    boolean[][] suppressed = new boolean[7][24];
    double max = 0;
    for (BestTimeCell c : cells) {
      if (c.dayOfWeek() < 1 || c.dayOfWeek() > 7 || c.hour() < 0 || c.hour() > 23) continue;
      if (c.suppressed() || c.medianEngagementRate() == null) {
        suppressed[c.dayOfWeek() - 1][c.hour()] = c.suppressed();
        continue;
      }
      mean[c.dayOfWeek() - 1][c.hour()] = c.medianEngagementRate();
      max = Math.max(max, c.medianEngagementRate());
    }
    int width = LEFT + 24 * CELL_W + 4;
    int height = TOP + 7 * CELL_H + 4;
    StringBuilder s = new StringBuilder("<svg class=\"heatmap\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" role=\"img\" aria-label=\"best time to post: median engagement rate by day and hour\">");
    for (int h = 0; h < 24; h += 3) {
      s.append("<text x=\"").append(LEFT + h * CELL_W + CELL_W / 2).append("\" y=\"12\" text-anchor=\"middle\" class=\"axis\">")
          .append(String.format(java.util.Locale.ROOT, "%02d", h)).append("</text>");
    }
    for (int d = 0; d < 7; d++) {
      s.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(TOP + d * CELL_H + 13)
          .append("\" text-anchor=\"end\" class=\"axis\">").append(DAYS[d]).append("</text>");
      for (int h = 0; h < 24; h++) {
        String fill;
        String title;
        if (mean[d][h] != null) {
          double t = max > 0 ? mean[d][h] / max : 0;
          fill = shade(t);
          title = DAYS[d] + " " + String.format(java.util.Locale.ROOT, "%02d", h) + ":00 " + Format.percent(mean[d][h]);
        } else {
          fill = "#e6e6e6";
          title = DAYS[d] + " " + String.format(java.util.Locale.ROOT, "%02d", h) + ":00 "
              + (suppressed[d][h] ? "not published" : "no posts");
        }
        s.append("<rect x=\"").append(LEFT + h * CELL_W).append("\" y=\"").append(TOP + d * CELL_H).append("\" width=\"")
            .append(CELL_W - 1).append("\" height=\"").append(CELL_H - 1).append("\" fill=\"").append(fill).append("\"><title>")
            .append(Html.escape(title)).append("</title></rect>");
      }
    }
    return s.append("</svg>").toString();
  }

  /** From a pale blue (0) to a dark blue (1). */
  static String shade(double t) {
    t = Math.max(0, Math.min(1, t));
    int r = (int) Math.round(222 + (8 - 222) * t);
    int g = (int) Math.round(235 + (69 - 235) * t);
    int b = (int) Math.round(247 + (148 - 247) * t);
    return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }
}
