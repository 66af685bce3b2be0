package socialbench.generate;

/**
 * Share of a post's 28-day metrics reached t hours after publishing: most of it in the first two
 * days, a thin tail up to day 28.
 */
final class GrowthCurve {
  static final double FULL_HOURS = 28 * 24;

  private GrowthCurve() {}

  static double share(double hours) {
    if (hours <= 0) return 0;
    return 0.88 * (1 - Math.exp(-hours / 20.0)) + 0.12 * Math.min(hours / FULL_HOURS, 1.0);
  }
}
