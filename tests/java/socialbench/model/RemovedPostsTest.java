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
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.bench.BenchSettings;
import socialbench.bench.BenchStage;
import socialbench.land.Lander;
import socialbench.runtime.Settings;
import socialbench.runtime.TableWriter;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * A post removed by a later export that covers its publish day leaves every post-keyed dw table
 * (docs/landing.md "Which row counts", docs/design.md §13). Real files, land, model and bench, two nights:
 * <ul>
 *   <li>{@code acme} (Facebook pages P1 and P2, X account AX). Night 03-06: Business Suite content export of
 *       P1 with A (03-01), A0 (03-01), B (03-03), C (03-05), E (02-20) and of P2 with G (03-03); X export with
 *       x1 (03-02), x2 (03-03), x3 (03-04). Night 03-09: content export with A and C only (covers P1's
 *       03-01..03-05, so B is gone, and A0, published on the earliest day any export of the night covers: the
 *       stored posts are read from that day on, {@code :cover_window_start}, that day included; E, published
 *       before, and G, another page, are not covered); X export with x2 and x3 only (covers 03-03..03-04: x1 is
 *       outside and stays).
 *   <li>{@code beta}: its own post B (page Q1, 03-03) on 03-06; nothing later. Same post id, other
 *       organization: untouched.
 *   <li>{@code gamma} (page GP): gA, gB, gC on 03-06; on night 03-09 a corrected re-export of the same export
 *       date lands late in the 03-06 folder with gA and gC: gB goes, although both files are of one export date.
 * </ul>
 */
@ExtendWith(SparkTestExtension.class)
class RemovedPostsTest {
  static final LocalDate D = LocalDate.parse("2026-03-06");
  static final LocalDate D3 = LocalDate.parse("2026-03-09");
  static final String FB_HEADER = "Post ID,Page ID,Page name,Description,Publish time,Post type,Date,Views,Reach,Reactions,Comments,Shares";
  static final String X_HEADER = "\"Tweet id\",\"Tweet permalink\",\"Tweet text\",\"time\",\"impressions\",\"likes\"";

  static long snapshotsAfterD;
  static List<Row> page1MarchAfterD;
  static List<Row> dimPostAfterFirstD3;
  static List<LocalDate> monthsOfD3;

  @BeforeAll
  static void twoNights(TestWarehouse wh) throws IOException {
    Path inbox = Files.createTempDirectory(wh.dir(), "inbox-");
    write(inbox.resolve("_reference/2026-03-06/organizations.csv"), "org_id,name,industry,segment,country,agency_id\n"
        + "acme,Acme Health,healthcare,clinic,US,a1\n"
        + "beta,Beta Health,healthcare,clinic,US,a1\n"
        + "gamma,Gamma Health,healthcare,clinic,US,a1\n");
    write(inbox.resolve("_reference/2026-03-06/pages.csv"), "org_id,platform,page_id,handle,name\n"
        + "acme,facebook,P1,acme,Acme\n"
        + "acme,facebook,P2,acmekids,Acme Kids\n"
        + "acme,x,AX,@acme,Acme\n"
        + "beta,facebook,Q1,beta,Beta\n"
        + "gamma,facebook,GP,gamma,Gamma\n");
    write(inbox.resolve("acme/facebook/2026-03-06/content.csv"), FB_HEADER + "\n"
        + fb("A", "P1", "03/01/2026 10:00", 100, 10, 1, 1)
        + fb("A0", "P1", "03/01/2026 09:00", 100, 8, 0, 0)
        + fb("B", "P1", "03/03/2026 10:00", 200, 20, 2, 2)
        + fb("C", "P1", "03/05/2026 10:00", 300, 30, 3, 3)
        + fb("E", "P1", "02/20/2026 10:00", 400, 40, 4, 4)
        + fb("G", "P2", "03/03/2026 10:00", 500, 50, 5, 5));
    write(inbox.resolve("acme/x/2026-03-06/tweet_activity_metrics_acme_20260301_20260306_en.csv"), X_HEADER + "\n"
        + tweet("x1", "2026-03-02 10:00 +0000", 10, 1) + tweet("x2", "2026-03-03 10:00 +0000", 20, 2)
        + tweet("x3", "2026-03-04 10:00 +0000", 30, 3));
    write(inbox.resolve("beta/facebook/2026-03-06/content.csv"), FB_HEADER + "\n"
        + fb("B", "Q1", "03/03/2026 10:00", 700, 70, 7, 7));
    write(inbox.resolve("gamma/facebook/2026-03-06/content.csv"), FB_HEADER + "\n"
        + fb("gA", "GP", "03/01/2026 10:00", 100, 10, 0, 0)
        + fb("gB", "GP", "03/03/2026 10:00", 200, 20, 0, 0)
        + fb("gC", "GP", "03/05/2026 10:00", 300, 30, 0, 0));

    Settings settings = wh.settings().with("socialbench.inbox", inbox.toString());
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    new Lander(wh.spark(), settings, quiet).land(D);
    new ModelRunner(wh.spark(), settings, quiet).run(D, false);
    bench(wh, D);
    snapshotsAfterD = count(wh, "select count(*) from dw.fct_post_snapshot");
    page1MarchAfterD = wh.spark().sql("select posts, engagement_rate_impressions from bench.page_month "
        + "where page_id = 'P1' and month = DATE'2026-03-01'").collectAsList();

    write(inbox.resolve("acme/facebook/2026-03-09/content.csv"), FB_HEADER + "\n"
        + fb("A", "P1", "03/01/2026 10:00", 110, 11, 1, 1)
        + fb("C", "P1", "03/05/2026 10:00", 330, 33, 3, 3));
    write(inbox.resolve("acme/x/2026-03-09/tweet_activity_metrics_acme_20260303_20260309_en.csv"), X_HEADER + "\n"
        + tweet("x2", "2026-03-03 10:00 +0000", 22, 2) + tweet("x3", "2026-03-04 10:00 +0000", 33, 3));
    write(inbox.resolve("gamma/facebook/2026-03-06/content-corrected.csv"), FB_HEADER + "\n"
        + fb("gA", "GP", "03/01/2026 10:00", 101, 10, 0, 0)
        + fb("gC", "GP", "03/05/2026 10:00", 301, 30, 0, 0));
    new Lander(wh.spark(), settings, quiet).land(D3);
    new ModelRunner(wh.spark(), settings, quiet).run(D3, false);
    dimPostAfterFirstD3 = wh.spark().sql("select * from dw.dim_post").collectAsList();
    // the same night again: nothing changes, the removal stays recorded once
    new ModelRunner(wh.spark(), settings, quiet).run(D3, false);
    monthsOfD3 = bench(wh, D3);
  }

  static List<LocalDate> bench(TestWarehouse wh, LocalDate night) {
    return new BenchStage(wh.spark(), TableWriter.of(wh.spark(), wh.settings()), BenchSettings.from(wh.settings())).run(night).months();
  }

  private static String fb(String id, String page, String time, long views, long reactions, long comments, long shares) {
    return id + "," + page + ",Page,hello," + time + ",Photos,Lifetime," + views + ",50," + reactions + "," + comments + "," + shares + "\n";
  }

  private static String tweet(String id, String time, long impressions, long likes) {
    return "\"" + id + "\",\"https://twitter.com/h/status/" + id + "\",\"text\",\"" + time + "\",\"" + impressions + ".0\",\"" + likes + ".0\"\n";
  }

  private static void write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }

  private static long count(TestWarehouse wh, String sql) {
    return wh.spark().sql(sql).first().getLong(0);
  }

  @Test
  void thePostMissingFromTheLaterExportLeavesDimPostAndFctPost(TestWarehouse wh) {
    for (String table : List.of("dw.dim_post", "dw.fct_post")) {
      assertRows(wh.spark().sql("select org_id, page_id, post_id from " + table + " where platform = 'facebook'"),
          row("acme", "P1", "A"), row("acme", "P1", "C"), row("acme", "P1", "E"), row("acme", "P2", "G"),
          row("beta", "Q1", "B"),
          row("gamma", "GP", "gA"), row("gamma", "GP", "gC"));
    }
  }

  @Test
  void itsSnapshotsAndIncrementsGoTooAndTheCountsReconcile(TestWarehouse wh) {
    assertEquals(0, count(wh, "select count(*) from dw.fct_post_snapshot where org_id in ('acme', 'gamma') and post_id in ('A0', 'B', 'gB')"));
    assertEquals(0, count(wh, "select count(*) from dw.fct_post_daily where org_id in ('acme', 'gamma') and post_id in ('A0', 'B', 'gB')"));
    // night 03-06: acme 6 Facebook + 3 X, beta 1, gamma 3 = 13 snapshots
    assertEquals(13, snapshotsAfterD);
    // night 03-09 adds A, C, x2, x3 at 03-09 (gamma's corrected file replaces gA, gC at 03-06) and removes A0, B and gB
    assertEquals(13 + 4 - 3, count(wh, "select count(*) from dw.fct_post_snapshot"));
    assertEquals(13 + 4 - 3, count(wh, "select count(*) from dw.fct_post_daily"));
    assertRows(wh.spark().sql("select post_id, impressions from dw.fct_post_snapshot where org_id = 'gamma'"),
        row("gA", 101L), row("gC", 301L));
  }

  @Test
  void postsOutsideTheCoveredDaysOtherPagesAndOtherOrganizationsStay(TestWarehouse wh) {
    assertRows(wh.spark().sql("select post_id from dw.dim_post where org_id = 'acme' and platform = 'x'"),
        row("x1"), row("x2"), row("x3"));
    assertRows(wh.spark().sql("select post_id, impressions from dw.fct_post_snapshot where org_id = 'beta'"), row("B", 700L));
  }

  @Test
  void everyRemovalIsRecordedWithTheExportThatNoLongerListsThePost(TestWarehouse wh) {
    assertRows(wh.spark().sql("select cast(logical_date as string), org_id, platform, page_id, post_id, cast(published_date as string), "
            + "removed_by_file, cast(removed_by_export_date as string), cast(covered_from as string), cast(covered_to as string), "
            + "snapshot_rows_removed from ops.removed_posts"),
        row("2026-03-09", "acme", "facebook", "P1", "A0", "2026-03-01", "acme/facebook/2026-03-09/content.csv", "2026-03-09",
            "2026-03-01", "2026-03-05", 1L),
        row("2026-03-09", "acme", "facebook", "P1", "B", "2026-03-03", "acme/facebook/2026-03-09/content.csv", "2026-03-09",
            "2026-03-01", "2026-03-05", 1L),
        row("2026-03-09", "gamma", "facebook", "GP", "gB", "2026-03-03", "gamma/facebook/2026-03-06/content-corrected.csv", "2026-03-06",
            "2026-03-01", "2026-03-05", 1L));
  }

  @Test
  void reRunningTheNightChangesNothing(TestWarehouse wh) {
    java.util.List<java.util.List<Object>> before = new java.util.ArrayList<>();
    for (Row r : dimPostAfterFirstD3) {
      java.util.List<Object> v = new java.util.ArrayList<>();
      for (int i = 0; i < r.length(); i++) v.add(r.get(i));
      before.add(v);
    }
    assertRows(wh.spark().sql("select * from dw.dim_post").collectAsList(), before);
    assertEquals(3, count(wh, "select count(*) from ops.removed_posts"));
  }

  @Test
  void theBenchmarkOfMarchFollows(TestWarehouse wh) {
    // night 03-06: A, A0, B, C at their only snapshot: (12 + 8 + 24 + 36) / (100 + 100 + 200 + 300)
    assertRows(page1MarchAfterD, List.of(row(4L, 80.0 / 700)));
    // February (post E) is recomputed only because it becomes final on 03-09 (docs/design.md §6); no older month changed
    assertEquals(List.of(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-03-01")), monthsOfD3);
    assertEquals(0, wh.spark().catalog().tableExists("ops", "changed_months")
        ? count(wh, "select count(*) from ops.changed_months") : 0);
    // night 03-09: A at day 8 (13 / 110), C latest (39 / 330); A0 and B are gone
    assertRows(wh.spark().sql("select posts, engagement_rate_impressions from bench.page_month "
        + "where page_id = 'P1' and month = DATE'2026-03-01'"), row(2L, 52.0 / 440));
    assertRows(wh.spark().sql("select posts from bench.page_month where page_id = 'GP' and month = DATE'2026-03-01'"), row(2L));
  }
}
