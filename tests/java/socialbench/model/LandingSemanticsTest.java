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
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
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
 * docs/design.md §8 landing semantics through to dw, with real files, land and model: every export of a backlog
 * lands, a row is superseded only by a later export of the same post (same export day), and a post belongs
 * to the page its export names. Organizations of the night (one inbox, 2026-11-01, then 2026-11-02):
 * <ul>
 *   <li>{@code backlog}: 24 monthly X tweet-activity exports (3 tweets each), 24 Facebook and 24 Instagram
 *       content exports (2 posts each), all in the 2026-11-01 folders, plus a Facebook daily series without
 *       page id (its one Facebook page is BF);
 *   <li>{@code overlap}: a "last month" X export (tweets a, b, c) and a "last 28 days" one (b, c, d) in one
 *       folder; on the next night a corrected re-export {@code export (1).csv} of tweet a arrives late in the
 *       2026-11-01 folder, and a byte-identical re-download of the "last month" file in the 2026-11-02 folder;
 *   <li>{@code twopages}: two Facebook pages P1 and P2; its content export names P2 for post f2 and P1 for f1;
 *   <li>{@code intruder}: its own content export for page Q1, and a canonical posts.csv naming twopages' P1.
 * </ul>
 */
@ExtendWith(SparkTestExtension.class)
class LandingSemanticsTest {
  static final LocalDate N1 = LocalDate.parse("2026-11-01");
  static final LocalDate N2 = LocalDate.parse("2026-11-02");
  static final String X_HEADER = "\"Tweet id\",\"Tweet permalink\",\"Tweet text\",\"time\",\"impressions\",\"likes\"";
  static final String FB_HEADER = "Post ID,Page ID,Page name,Description,Publish time,Post type,Date,Views,Reach,Reactions,Comments,Shares";
  static final String IG_HEADER = "Post ID,Account ID,Account username,Description,Publish time,Post type,Date,Views,Reach,Likes,Comments,Shares,Saves";

  static List<Row> overlapAfterNight1;
  static LandResult night1;
  static LandResult night2;

  @BeforeAll
  static void twoNights(TestWarehouse wh) throws IOException {
    Path inbox = Files.createTempDirectory(wh.dir(), "inbox-");
    write(inbox.resolve("_reference/2026-11-01/organizations.csv"), "org_id,name,industry,segment,country,agency_id\n"
        + "backlog,Backlog Health,healthcare,health_system,US,a1\n"
        + "overlap,Overlap Clinic,healthcare,clinic,US,a1\n"
        + "twopages,Two Pages Hospital,healthcare,hospital,US,a1\n"
        + "intruder,Intruder Clinic,healthcare,clinic,US,a1\n");
    write(inbox.resolve("_reference/2026-11-01/pages.csv"), "org_id,platform,page_id,handle,name\n"
        + "backlog,x,BX,@backlog,Backlog\n"
        + "backlog,facebook,BF,backlog,Backlog\n"
        + "backlog,instagram,BI,backlog,Backlog\n"
        + "overlap,x,OX,@overlap,Overlap\n"
        + "twopages,facebook,P1,twopages,Two Pages\n"
        + "twopages,facebook,P2,twopageskids,Two Pages Kids\n"
        + "intruder,facebook,Q1,intruder,Intruder\n");
    for (int m = 1; m <= 24; m++) {
      String month = String.format("%d-%02d", 2024 + (m - 1) / 12, (m - 1) % 12 + 1);
      StringBuilder x = new StringBuilder(X_HEADER).append('\n');
      StringBuilder fb = new StringBuilder(FB_HEADER).append('\n');
      StringBuilder ig = new StringBuilder(IG_HEADER).append('\n');
      for (int t = 0; t < 3; t++) x.append(tweet("x" + m + "_" + t, month + "-05 10:00 +0000", 100 * m + t, t));
      for (int t = 0; t < 2; t++) {
        String us = String.format("%s/05/%s 10:00", month.substring(5), month.substring(0, 4));
        fb.append("f" + m + "_" + t + ",BF,Backlog,post," + us + ",Photos,Lifetime," + (10 * m + t) + ",5,1,0,0\n");
        ig.append("i" + m + "_" + t + ",BI,backlog,post," + us + ",IG image,Lifetime," + (20 * m + t) + ",5,1,0,0,0\n");
      }
      write(inbox.resolve("backlog/x/2026-11-01/tweet_activity_metrics_backlog_" + month.replace("-", "") + "01_en.csv"), x.toString());
      write(inbox.resolve("backlog/facebook/2026-11-01/content-" + month + ".csv"), fb.toString());
      write(inbox.resolve("backlog/instagram/2026-11-01/" + month + "_content.csv"), ig.toString());
    }
    Files.write(inbox.resolve("backlog/facebook/2026-11-01/Facebook follows.csv"),
        "sep=,\r\n\"Facebook follows\"\r\n\"Date\",\"Primary\"\r\n\"2026-10-31T00:00:00\",\"7\"\r\n".getBytes(StandardCharsets.UTF_16));

    write(inbox.resolve("overlap/x/2026-11-01/tweet_activity_metrics_overlap_20261001_20261101_en.csv"), X_HEADER + "\n"
        + tweet("a", "2026-10-02 10:00 +0000", 10, 1) + tweet("b", "2026-10-10 10:00 +0000", 20, 2)
        + tweet("c", "2026-10-20 10:00 +0000", 30, 3));
    write(inbox.resolve("overlap/x/2026-11-01/tweet_activity_metrics_overlap_20261004_20261101_en.csv"), X_HEADER + "\n"
        + tweet("b", "2026-10-10 10:00 +0000", 21, 2) + tweet("c", "2026-10-20 10:00 +0000", 31, 3)
        + tweet("d", "2026-10-30 10:00 +0000", 41, 4));

    write(inbox.resolve("twopages/facebook/2026-11-01/content.csv"), FB_HEADER + "\n"
        + "f1,P1,Two Pages,hello,10/20/2026 10:00,Photos,Lifetime,100,50,10,1,1\n"
        + "f2,P2,Two Pages Kids,hello,10/21/2026 10:00,Photos,Lifetime,200,60,20,2,2\n");
    write(inbox.resolve("intruder/facebook/2026-11-01/content.csv"), FB_HEADER + "\n"
        + "q1,Q1,Intruder,hello,10/20/2026 10:00,Photos,Lifetime,300,70,30,3,3\n");
    write(inbox.resolve("intruder/facebook/2026-11-01/posts.csv"),
        "post_id,page_id,platform,published_at,post_type,permalink,message,impressions,reach,likes,comments,shares,saves,clicks,video_views\n"
            + "f1,P1,facebook,2026-10-20T10:00:00Z,photo,-,hi,99999,99999,9999,999,999,0,0,0\n"
            + "z9,P1,facebook,2026-10-22T10:00:00Z,photo,-,hi,99999,99999,9999,999,999,0,0,0\n");

    Settings settings = wh.settings().with("socialbench.inbox", inbox.toString());
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    night1 = new Lander(wh.spark(), settings, quiet).land(N1);
    new ModelRunner(wh.spark(), settings, quiet).run(N1, false);
    overlapAfterNight1 = overlap(wh.spark());

    write(inbox.resolve("overlap/x/2026-11-01/export (1).csv"), X_HEADER + "\n" + tweet("a", "2026-10-02 10:00 +0000", 15, 1));
    Files.createDirectories(inbox.resolve("overlap/x/2026-11-02"));
    Files.copy(inbox.resolve("overlap/x/2026-11-01/tweet_activity_metrics_overlap_20261001_20261101_en.csv"),
        inbox.resolve("overlap/x/2026-11-02/export (2).csv"));
    night2 = new Lander(wh.spark(), settings, quiet).land(N2);
    new ModelRunner(wh.spark(), settings, quiet).run(N2, false);
  }

  private static String tweet(String id, String time, long impressions, long likes) {
    return "\"" + id + "\",\"https://twitter.com/h/status/" + id + "\",\"text\",\"" + time + "\",\"" + impressions + ".0\",\"" + likes + ".0\"\n";
  }

  private static void write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static List<Row> overlap(SparkSession spark) {
    return spark.sql("select post_id, impressions, likes from dw.fct_post_snapshot where org_id = 'overlap' "
        + "and export_date = date'2026-11-01' order by post_id").collectAsList();
  }

  private static long count(TestWarehouse wh, String sql) {
    return wh.spark().sql(sql).first().getLong(0);
  }

  @Test
  void aBacklogOfMonthlyExportsKeepsEveryPostOfEveryFile(TestWarehouse wh) {
    assertEquals(0, night1.files().stream().filter(f -> f.orgId().equals("backlog") && !f.status().equals(LedgerEntry.LANDED)).count());
    assertEquals(24 * 3 + 1, night1.files().stream().filter(f -> f.orgId().equals("backlog")).count());
    // 24 files × 3 distinct tweets; 24 × 2 Facebook posts; 24 × 2 Instagram posts
    assertEquals(72, count(wh, "select count(*) from dw.dim_post where org_id = 'backlog' and platform = 'x'"));
    assertEquals(48, count(wh, "select count(*) from dw.dim_post where org_id = 'backlog' and platform = 'facebook'"));
    assertEquals(48, count(wh, "select count(*) from dw.dim_post where org_id = 'backlog' and platform = 'instagram'"));
    assertEquals(72 + 48 + 48, count(wh, "select count(*) from dw.fct_post_snapshot where org_id = 'backlog'"));
    // Σ over m = 1..24 of (100m + 0) + (100m + 1) + (100m + 2) = 300 × 300 + 3 × 24
    assertEquals(90_072, count(wh, "select sum(impressions) from dw.fct_post_snapshot where org_id = 'backlog' and platform = 'x'"));
    // Σ (10m) + (10m + 1) = 20 × 300 + 24; Instagram: 40 × 300 + 24
    assertEquals(6_024, count(wh, "select sum(impressions) from dw.fct_post_snapshot where org_id = 'backlog' and platform = 'facebook'"));
    assertEquals(12_024, count(wh, "select sum(impressions) from dw.fct_post_snapshot where org_id = 'backlog' and platform = 'instagram'"));
    assertEquals(72, count(wh, "select count(*) from dw.fct_post where org_id = 'backlog' and platform = 'x'"));
  }

  @Test
  void aDailySeriesWithoutPageIdBelongsToTheOrganizationsOnlyPageOnThatPlatform(TestWarehouse wh) {
    assertRows(wh.spark().sql("select page_id, cast(date as string), followers_gained from dw.fct_page_daily "
            + "where org_id = 'backlog' and platform = 'facebook' and followers_gained is not null"),
        row("BF", "2026-10-31", 7L));
  }

  @Test
  void overlappingExportsGiveEachTweetOnceFromTheLaterFile() {
    // b and c are in both files: the "last 28 days" file (…20261004…) sorts after the "last month" one
    assertEquals(List.of("a|10|1", "b|21|2", "c|31|3", "d|41|4"), flat(overlapAfterNight1));
  }

  @Test
  void aCorrectedReExportLandedLaterWinsForWhatItCoversAndLeavesTheRest(TestWarehouse wh) {
    // export (1).csv sorts before both earlier files, but it landed on a later night
    assertEquals(List.of("a|15|1", "b|21|2", "c|31|3", "d|41|4"), flat(overlap(wh.spark())));
    assertEquals(4, count(wh, "select count(*) from dw.dim_post where org_id = 'overlap'"));
  }

  @Test
  void aReDownloadWithAnotherNameButTheSameBytesIsSkipped() {
    LedgerEntry copy = night2.files().stream().filter(f -> f.path().endsWith("export (2).csv")).findFirst().orElseThrow();
    assertEquals(LedgerEntry.SKIPPED_DUPLICATE, copy.status());
    LedgerEntry corrected = night2.files().stream().filter(f -> f.path().endsWith("export (1).csv")).findFirst().orElseThrow();
    assertEquals(LedgerEntry.LANDED, corrected.status());
    assertEquals(N1, corrected.exportDate());
  }

  @Test
  void aPostBelongsToThePageItsExportNames(TestWarehouse wh) {
    assertRows(wh.spark().sql("select post_id, page_id, org_id from dw.dim_post where org_id in ('twopages', 'intruder')"),
        row("f1", "P1", "twopages"), row("f2", "P2", "twopages"), row("q1", "Q1", "intruder"));
    assertRows(wh.spark().sql("select post_id, page_id, impressions from dw.fct_post_snapshot where org_id = 'twopages'"),
        row("f1", "P1", 100L), row("f2", "P2", 200L));
  }

  @Test
  void anUploadNamingAnotherOrganizationsPageIsRejectedAndChangesNothingOfThatPage(TestWarehouse wh) {
    LedgerEntry posts = night1.files().stream().filter(f -> f.path().equals("intruder/facebook/2026-11-01/posts.csv")).findFirst().orElseThrow();
    assertEquals(LedgerEntry.REJECTED, posts.status());
    assertEquals("page P1 belongs to another organization", posts.reason());
    assertEquals(0, count(wh, "select count(*) from dw.fct_post_snapshot where post_id = 'z9' or impressions = 99999"));
    assertEquals(1, count(wh, "select count(*) from dw.fct_post_snapshot where page_id = 'P1'"));
    assertEquals(1, night1.files().stream().filter(f -> f.orgId().equals("intruder") && f.status().equals(LedgerEntry.LANDED)).count());
  }

  private static List<String> flat(List<Row> rows) {
    List<String> out = new ArrayList<>();
    for (Row r : rows) out.add(r.getString(0) + "|" + r.getLong(1) + "|" + r.getLong(2));
    return out;
  }
}
