package socialbench.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import socialbench.testing.CliRun;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/** {@code socialbench report} on the real night of {@link NightlyWarehouse}: unity-health, October 2026 (k = 3). */
@ExtendWith(SparkTestExtension.class)
class ClientReportTest {
  @TempDir static Path dir;
  private static SparkSession reader;
  private static String html;
  private static CliRun first;

  @BeforeAll
  static void writeTheReport(TestWarehouse wh) throws Exception {
    reader = NightlyWarehouse.copyInto(wh);
    first = CliRun.of(NightlyWarehouse.options(wh, "report", "--org", NightlyWarehouse.CLIENT, "--month", "2026-10",
        "--out", dir.resolve("a/report.html").toString()));
    html = Files.readString(dir.resolve("a/report.html"), StandardCharsets.UTF_8);
  }

  @Test
  void printsWhereTheReportWentAndHowManyPagesItHas() {
    assertEquals(0, first.exitCode(), first.err());
    assertEquals("report unity-health 2026-10: 5 pages -> " + dir.resolve("a/report.html") + "\n", first.out());
  }

  @Test
  void namesTheClientTheMonthAndTheCohortSizes() {
    assertTrue(html.contains("<h1 id=\"client\" data-org-id=\"unity-health\">Unity Health</h1>"), html.substring(0, 2000));
    assertTrue(html.contains("Month <strong id=\"month\">2026-10</strong> · trend from 2025-10 · minimum cohort size k = 3"));
    // facebook: ranked in the industry + platform cohort of 4 healthcare organizations, of which unity-health's
    // agency holds more than one: fewer than k = 3 outside the agency, so its statistics are not in the report
    assertTrue(html.contains("<tr class=\"cohort\" data-platform=\"facebook\" data-page-id=\""), html);
    String facebookCohort = html.substring(html.indexOf("<tr class=\"cohort\" data-platform=\"facebook\""));
    facebookCohort = facebookCohort.substring(0, facebookCohort.indexOf("</tr>"));
    assertTrue(facebookCohort.contains("2: industry, platform</td><td class=\"text\">healthcare / facebook</td>"
        + "<td class=\"n-orgs\">4</td><td class=\"suppressed\">" + OUTSIDE + "</td>"), facebookCohort);
    assertFalse(html.contains("n-pages"), "no page counts");
  }

  private static final String OUTSIDE = "not published: fewer than k organizations outside the agency&#39;s clients";

  @Test
  void showsTheClientsEngagementRateButNoMedianOfACohortItsAgencyHoldsTooMuchOf() {
    // the published median of the 4-organization healthcare cohort would, with the agency's own clients' figures,
    // leave fewer than k unknown values: the agency's report withholds it and says why
    String row = ReportHtml.kpiRow(ReportHtml.section(html, "facebook"), "engagement_rate_followers");
    double value = Expected.engagementRateFollowers(reader, "unity-health", "facebook");
    assertEquals(value, ReportHtml.dataValue(row, "value"), 1e-15);
    assertTrue(row.contains(">" + Format.percent(value) + "</td>"), row);
    assertTrue(row.contains("<td colspan=\"3\" class=\"suppressed\">" + OUTSIDE + "</td>"), row);
    assertNull(ReportHtml.dataValue(row, "median"));
    assertFalse(html.contains(Format.percent(Expected.industryMedian(reader, "healthcare", "facebook")) + "</td>"), row);
  }

  @Test
  void aSuppressedCohortSaysNotEnoughPeersAndShowsNoStatistic() {
    // tiktok: one organization on the platform, so even the platform-only cohort is under k = 3
    String tiktok = ReportHtml.section(html, "tiktok");
    String row = ReportHtml.kpiRow(tiktok, "engagement_rate_followers");
    assertTrue(row.contains("<td colspan=\"3\" class=\"suppressed\">not published: fewer than k organizations</td>"), row);
    assertNull(ReportHtml.dataValue(row, "median"));
    assertNull(ReportHtml.dataValue(row, "p25"));
    assertFalse(row.contains("<td class=\"rank\" data-value"), row);
    assertTrue(tiktok.contains("<p class=\"suppressed best-time\">not enough peers</p>"), tiktok);
  }

  @Test
  void drawsTheTrendGaugesAndHeatmapAsInlineSvgAndLoadsNothingFromOutside(TestWarehouse wh) throws Exception {
    assertTrue(html.contains("<figure class=\"trend\" data-kpi=\"engagement_rate_followers\">"));
    assertTrue(html.contains("<svg class=\"gauge\""));
    // northstar-agency holds too much of every healthcare cohort for unity-health's report to show a cell or a
    // band; lakeview-heart-clinic has no agency, so its report shows the published bands. In this one-night,
    // 8-organization warehouse no day × hour cell has k = 3 organizations once date-only posts (LinkedIn,
    // YouTube) have no hour, so neither report draws a heatmap (BestTimeHeatmapTest draws one).
    assertFalse(html.contains("<svg class=\"heatmap\""), "a best-time cell in unity-health's report");
    CliRun other = CliRun.of(NightlyWarehouse.options(wh, "report", "--org", "lakeview-heart-clinic", "--month", "2026-10",
        "--out", dir.resolve("c/report.html").toString()));
    assertEquals(0, other.exitCode(), other.err());
    String lakeview = Files.readString(dir.resolve("c/report.html"), StandardCharsets.UTF_8);
    assertFalse(lakeview.contains("<svg class=\"heatmap\""));
    assertTrue(lakeview.contains("<p class=\"suppressed best-time\">"));
    assertTrue(lakeview.contains("<polygon class=\"band\""));
    for (String page : new String[] {html, lakeview}) {
      for (String outside : new String[] {"http://", "https://", "<script", "<link", "<img", "@import", "url(", "src="}) {
        assertFalse(page.contains(outside), outside);
      }
    }
  }

  @Test
  void theSameWarehouseGivesTheSameBytes(TestWarehouse wh) throws Exception {
    CliRun again = CliRun.of(NightlyWarehouse.options(wh, "report", "--org", NightlyWarehouse.CLIENT, "--month", "2026-10",
        "--out", dir.resolve("b/report.html").toString()));
    assertEquals(0, again.exitCode(), again.err());
    assertArrayEquals(Files.readAllBytes(dir.resolve("a/report.html")), Files.readAllBytes(dir.resolve("b/report.html")));
  }

  @Test
  void anUnknownOrganizationIsAOneLineError(TestWarehouse wh) {
    CliRun r = CliRun.of(NightlyWarehouse.options(wh, "report", "--org", "nobody", "--month", "2026-10",
        "--out", dir.resolve("x.html").toString()));
    assertEquals(1, r.exitCode());
    assertEquals("socialbench report: unknown organization 'nobody': not in dw.dim_organization\n", r.err());
    assertFalse(Files.exists(dir.resolve("x.html")));
  }

  @Test
  void aMonthWithoutPublishedDataIsAOneLineError(TestWarehouse wh) {
    CliRun r = CliRun.of(NightlyWarehouse.options(wh, "report", "--org", NightlyWarehouse.CLIENT, "--month", "2026-05",
        "--out", dir.resolve("y.html").toString()));
    assertEquals(1, r.exitCode());
    assertEquals("socialbench report: no published benchmarks for 2026-05: bench.page_month has no rows for that month\n", r.err());
  }

  @Test
  void escapesTextFromTheWarehouse() {
    assertEquals("&lt;b&gt;&quot;R&amp;D&quot; &#39;x&#39;&lt;/b&gt;", Html.escape("<b>\"R&D\" 'x'</b>"));
  }
}
