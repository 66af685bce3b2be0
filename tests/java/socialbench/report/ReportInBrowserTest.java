package socialbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import socialbench.testing.CliRun;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * Opens a generated report in headless Chromium (Debian's {@code chromium}, installed by
 * scripts/install-system-deps.sh), reads the DOM Chromium built and saves a screenshot to
 * {@code target/report-browser/report.png}.
 */
@ExtendWith(SparkTestExtension.class)
class ReportInBrowserTest {
  static final Path SCREENSHOT = Path.of("target", "report-browser", "report.png");
  @TempDir static Path dir;
  private static SparkSession reader;
  private static String dom;

  @BeforeAll
  static void openTheReportInChromium(TestWarehouse wh) throws Exception {
    reader = NightlyWarehouse.copyInto(wh);
    Path report = dir.resolve("unity-health-2026-10.html");
    CliRun r = CliRun.of(NightlyWarehouse.options(wh, "report", "--org", NightlyWarehouse.CLIENT, "--month", "2026-10",
        "--out", report.toString()));
    assertEquals(0, r.exitCode(), r.err());
    Files.createDirectories(SCREENSHOT.getParent());
    Files.deleteIfExists(SCREENSHOT);
    String url = report.toUri().toString();
    dom = chromium(dir, "--dump-dom", url);
    chromium(dir, "--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1100,2600", url);
  }

  /** Runs headless Chromium with a throw-away profile; returns its standard output. */
  static String chromium(Path work, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--user-data-dir=" + work.resolve("chromium-profile"), "--no-first-run"));
    cmd.addAll(List.of(args));
    Path out = work.resolve("chromium.out");
    Path err = work.resolve("chromium.err");
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    } catch (java.io.IOException e) {
      throw new AssertionError("chromium is not installed: run scripts/install-system-deps.sh (" + e.getMessage() + ")", e);
    }
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish in 120 s");
    assertEquals(0, p.exitValue(), Files.readString(err));
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  @Test
  void theDomShowsTheClientsEngagementRateAndWhyTheIndustryMedianIsWithheld() {
    // the healthcare cohort has 4 organizations, more than one of them the agency's: fewer than k = 3 outside it
    String row = ReportHtml.kpiRow(ReportHtml.section(dom, "facebook"), "engagement_rate_followers");
    double value = Expected.engagementRateFollowers(reader, "unity-health", "facebook");
    assertEquals(value, ReportHtml.dataValue(row, "value"), 1e-15);
    assertTrue(row.contains(">" + Format.percent(value) + "</td>"), row);
    assertTrue(row.contains("fewer than k organizations outside the agency"), row);
    assertEquals(null, ReportHtml.dataValue(row, "median"));
  }

  @Test
  void theDomShowsNotEnoughPeersForTheSuppressedTikTokCohort() {
    String row = ReportHtml.kpiRow(ReportHtml.section(dom, "tiktok"), "engagement_rate_followers");
    assertTrue(row.contains("not enough peers"), row);
    assertEquals(null, ReportHtml.dataValue(row, "median"));
  }

  @Test
  void theDomReferencesNoResourceOutsideTheFile() {
    assertTrue(dom.contains("Unity Health"), dom.length() > 300 ? dom.substring(0, 300) : dom);
    assertFalse(dom.contains("http://"), "http:// in the DOM");
    assertFalse(dom.contains("https://"), "https:// in the DOM");
    assertFalse(dom.contains("<script"), "a script in the DOM");
  }

  @Test
  void savesAScreenshotInTheBuildOutput() throws Exception {
    assertTrue(Files.size(SCREENSHOT) > 20_000, "screenshot of " + Files.size(SCREENSHOT) + " bytes");
    byte[] head = Files.readAllBytes(SCREENSHOT);
    assertEquals((byte) 0x89, head[0]);
    assertEquals('P', head[1]);
    assertEquals('N', head[2]);
    assertEquals('G', head[3]);
  }
}
