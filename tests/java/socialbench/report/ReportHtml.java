package socialbench.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pieces of a rendered report (the file or Chromium's DOM dump), found by the classes the writer sets. */
final class ReportHtml {
  private ReportHtml() {}

  /** The section of the page on that platform. */
  static String section(String html, String platform) {
    Matcher m = Pattern.compile("<section class=\"platform\"[^>]*data-platform=\"" + platform + "\"[^>]*>(.*?)</section>", Pattern.DOTALL)
        .matcher(html);
    assertTrue(m.find(), "no section for " + platform);
    return m.group(1);
  }

  /** The KPI table row of that KPI in a section. */
  static String kpiRow(String section, String kpi) {
    Matcher m = Pattern.compile("<tr class=\"kpi\" data-kpi=\"" + kpi + "\">(.*?)</tr>", Pattern.DOTALL).matcher(section);
    assertTrue(m.find(), "no row for " + kpi);
    return m.group(1);
  }

  /** The data-value of the cell with that class in a row, or null when the cell has none. */
  static Double dataValue(String row, String cellClass) {
    Matcher m = Pattern.compile("<td class=\"" + cellClass + "\" data-value=\"([^\"]+)\"").matcher(row);
    return m.find() ? Double.valueOf(m.group(1)) : null;
  }

}
