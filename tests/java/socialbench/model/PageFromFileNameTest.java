package socialbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.land.LandResult;
import socialbench.land.Lander;
import socialbench.land.LedgerEntry;
import socialbench.runtime.Settings;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * An organization with two pages on X (@TwinMain, @TwinKids) and two on Facebook ("Twin Health", "Twin Kids"):
 * exports that carry no page id land for the page their file name names (the platforms' own export names, in
 * conf/formats.conf {@code page-file-names}, matched against pages.csv's page_id, handle and name); a file whose
 * name names no page, or a page pages.csv does not have, is still rejected, with a reason that says so.
 */
@ExtendWith(SparkTestExtension.class)
class PageFromFileNameTest {
  static final LocalDate N = LocalDate.parse("2026-11-01");
  static final String X_HEADER = "\"Tweet id\",\"Tweet permalink\",\"Tweet text\",\"time\",\"impressions\",\"likes\"";
  static LandResult landed;

  @BeforeAll
  static void oneNight(TestWarehouse wh) throws IOException {
    Path inbox = Files.createTempDirectory(wh.dir(), "inbox-");
    write(inbox.resolve("_reference/2026-11-01/organizations.csv"), "org_id,name,industry,segment,country,agency_id\n"
        + "twin,Twin Health,healthcare,clinic,US,a1\n");
    write(inbox.resolve("_reference/2026-11-01/pages.csv"), "org_id,platform,page_id,handle,name\n"
        + "twin,x,TM,@TwinMain,Twin Health\n"
        + "twin,x,TK,@TwinKids,Twin Kids\n"
        + "twin,facebook,P1,twinhealth,Twin Health\n"
        + "twin,facebook,P2,twinkids,Twin Kids\n");
    write(inbox.resolve("twin/x/2026-11-01/tweet_activity_metrics_TwinKids_20261005_20261102_en.csv"), X_HEADER + "\n"
        + "\"k1\",\"https://twitter.com/TwinKids/status/k1\",\"kids\",\"2026-10-30 10:00 +0000\",\"40.0\",\"4.0\"\n");
    write(inbox.resolve("twin/x/2026-11-01/tweet_activity_metrics_TwinMain_20261005_20261102_en.csv"), X_HEADER + "\n"
        + "\"m1\",\"https://twitter.com/TwinMain/status/m1\",\"main\",\"2026-10-30 11:00 +0000\",\"90.0\",\"9.0\"\n");
    write(inbox.resolve("twin/x/2026-11-01/tweet_activity_metrics_Stranger_20261005_20261102_en.csv"), X_HEADER + "\n"
        + "\"s1\",\"https://twitter.com/Stranger/status/s1\",\"who\",\"2026-10-30 12:00 +0000\",\"10.0\",\"1.0\"\n");
    write(inbox.resolve("twin/x/2026-11-01/daily_tweet_activity_metrics_TwinKids_20261031_20261101_en.csv"),
        "\"Date\",\"Tweets published\",\"impressions\",\"follows\",\"unfollows\"\n\"2026-10-31\",\"0\",\"300\",\"6\",\"1\"\n");
    Files.createDirectories(inbox.resolve("twin/facebook/2026-11-01"));
    Files.write(inbox.resolve("twin/facebook/2026-11-01/Facebook follows - Twin Kids.csv"),
        "sep=,\r\n\"Facebook follows\"\r\n\"Date\",\"Primary\"\r\n\"2026-10-31T00:00:00\",\"7\"\r\n".getBytes(StandardCharsets.UTF_16));
    Files.write(inbox.resolve("twin/facebook/2026-11-01/Facebook follows.csv"),
        "sep=,\r\n\"Facebook follows\"\r\n\"Date\",\"Primary\"\r\n\"2026-10-31T00:00:00\",\"99\"\r\n".getBytes(StandardCharsets.UTF_16));

    Settings settings = wh.settings().with("socialbench.inbox", inbox.toString());
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    landed = new Lander(wh.spark(), settings, quiet).land(N);
    new ModelRunner(wh.spark(), settings, quiet).run(N, false);
  }

  private static void write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static LedgerEntry file(String name) {
    return landed.files().stream().filter(f -> f.path().endsWith("/" + name)).findFirst().orElseThrow();
  }

  @Test
  void postsOfExportsWithoutPageIdGoToThePageTheirFileNameNames(TestWarehouse wh) {
    assertRows(wh.spark().sql("select post_id, page_id from dw.dim_post where org_id = 'twin'"), row("k1", "TK"), row("m1", "TM"));
    assertRows(wh.spark().sql("select post_id, page_id, impressions from dw.fct_post_snapshot"), row("k1", "TK", 40L), row("m1", "TM", 90L));
  }

  @Test
  void dailySeriesWithoutPageIdGoToThePageTheirFileNameNames(TestWarehouse wh) {
    assertRows(wh.spark().sql("select platform, page_id, cast(date as string), followers_gained, followers_lost from dw.fct_page_daily "
            + "where followers_gained is not null"),
        row("x", "TK", "2026-10-31", 6L, 1L),
        row("facebook", "P2", "2026-10-31", 7L, null));
  }

  @Test
  void aFileWhoseNameNamesNoPageOrAnUnknownPageIsStillRejected() {
    assertEquals(LedgerEntry.LANDED, file("tweet_activity_metrics_TwinKids_20261005_20261102_en.csv").status());
    assertEquals(LedgerEntry.LANDED, file("Facebook follows - Twin Kids.csv").status());
    LedgerEntry unnamed = file("Facebook follows.csv");
    assertEquals(LedgerEntry.REJECTED, unnamed.status());
    assertEquals("ambiguous page: the file names no page and pages.csv gives twin 2 facebook pages (P1, P2)", unnamed.reason());
    LedgerEntry stranger = file("tweet_activity_metrics_Stranger_20261005_20261102_en.csv");
    assertEquals(LedgerEntry.REJECTED, stranger.status());
    assertEquals("ambiguous page: the file's name names \"Stranger\", which is no page's id, handle or name in pages.csv, "
        + "and pages.csv gives twin 2 x pages (TK, TM)", stranger.reason());
    assertEquals(4, landed.count(LedgerEntry.LANDED) - 2, "pages.csv and organizations.csv land too");
  }
}
