package socialbench.report;

/** How the report names a cohort: the fallback level and the attributes it keeps. */
final class CohortLabel {
  private CohortLabel() {}

  static String level(Integer level) {
    if (level == null) return Format.MISSING;
    return switch (level) {
      case 0 -> "0: industry, segment, platform, size band";
      case 1 -> "1: industry, segment, platform";
      case 2 -> "2: industry, platform";
      case 3 -> "3: platform only";
      default -> Integer.toString(level);
    };
  }

  /** The cohort's attribute values at that level, e.g. "healthcare / health_system / facebook / m". */
  static String attributes(PageInfo p, Integer level) {
    int l = level == null ? 3 : level;
    StringBuilder s = new StringBuilder();
    if (l <= 2) s.append(orDash(p.industry())).append(" / ");
    if (l <= 1) s.append(orDash(p.segment())).append(" / ");
    s.append(p.platform());
    if (l == 0) s.append(" / ").append(orDash(p.sizeBand()));
    return s.toString();
  }

  private static String orDash(String s) {
    return s == null ? Format.MISSING : s;
  }
}
