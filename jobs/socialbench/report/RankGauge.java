package socialbench.report;

/**
 * Inline SVG half-circle gauge of a percentile rank (0 = bottom of the cohort, 100 = top by value). A
 * suppressed cohort draws an empty grey gauge labelled "not enough peers", never a number.
 */
public final class RankGauge {
  static final String NOT_ENOUGH_PEERS = "not enough peers";
  private static final double CX = 60;
  private static final double CY = 58;
  private static final double R = 46;

  private RankGauge() {}

  public static String svg(Double percentileRank, boolean suppressed) {
    StringBuilder s = new StringBuilder("<svg class=\"gauge\" width=\"120\" height=\"72\" viewBox=\"0 0 120 72\" role=\"img\" aria-label=\"");
    s.append(suppressed || percentileRank == null ? "percentile rank not available" : "percentile rank " + Format.rank(percentileRank));
    s.append("\">");
    s.append("<path class=\"gauge-track\" d=\"").append(arc(0, 100)).append("\"/>");
    if (suppressed) {
      s.append("<text x=\"60\" y=\"54\" text-anchor=\"middle\" class=\"gauge-note\">").append(NOT_ENOUGH_PEERS).append("</text>");
    } else if (percentileRank == null) {
      s.append("<text x=\"60\" y=\"54\" text-anchor=\"middle\" class=\"gauge-note\">no rank</text>");
    } else {
      double r = Math.max(0, Math.min(100, percentileRank));
      if (r > 0) s.append("<path class=\"gauge-value q").append(quartile(r)).append("\" d=\"").append(arc(0, r)).append("\"/>");
      s.append("<text x=\"60\" y=\"56\" text-anchor=\"middle\" class=\"gauge-rank\">").append(Format.rank(r)).append("</text>");
    }
    return s.append("</svg>").toString();
  }

  static int quartile(double rank) {
    return rank < 25 ? 1 : rank < 50 ? 2 : rank < 75 ? 3 : 4;
  }

  /** Arc along the half circle from rank {@code from} to rank {@code to} (0 at the left, 100 at the right). */
  private static String arc(double from, double to) {
    double a0 = Math.PI * (1 - from / 100);
    double a1 = Math.PI * (1 - to / 100);
    return "M " + Format.coord(CX + R * Math.cos(a0)) + " " + Format.coord(CY - R * Math.sin(a0))
        + " A " + Format.coord(R) + " " + Format.coord(R) + " 0 0 1 "
        + Format.coord(CX + R * Math.cos(a1)) + " " + Format.coord(CY - R * Math.sin(a1));
  }
}
