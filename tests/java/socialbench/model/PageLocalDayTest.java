package socialbench.model;

import static socialbench.model.Bronze.rec;
import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.bench.BenchSettings;
import socialbench.bench.BenchStage;
import socialbench.runtime.TableWriter;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * docs/design.md §6, dates are the page's: an organization in Europe/Berlin (UTC+1 in March) with a LinkedIn page
 * whose updates export gives only "Created date" 2026-03-01, and an X account whose tweet was published at
 * 2026-02-28 23:30 UTC = 2026-03-01 00:30 in Berlin. Both posts are exported on 03-01, 03-07 and 03-08.
 * Both belong to Sunday 1 March everywhere: dim_post, the age of their snapshots, day 7, the page's daily
 * post count and the month bench counts them in. The LinkedIn post has no hour.
 */
@ExtendWith(SparkTestExtension.class)
class PageLocalDayTest {
  static final LocalDate N1 = LocalDate.parse("2026-03-01");
  static final LocalDate N7 = LocalDate.parse("2026-03-07");
  static final LocalDate N8 = LocalDate.parse("2026-03-08");

  static void exportBoth(Bronze b, LocalDate night, int linkedinImpressions, int xImpressions) {
    b.land(night, "linkedin_updates", "spree", "linkedin", night, List.of(
        rec("update_link", "https://li.example/u1", "update_title", "Open day", "created_date", N1,
            "impressions", linkedinImpressions, "likes", 1, "comments", 0, "shares", 0, "clicks", 1)));
    b.land(night, "x_tweet_activity", "spree", "x", night, List.of(
        rec("tweet_id", "t1", "tweet_text", "Open day", "published_at", "2026-02-28T23:30Z",
            "impressions", xImpressions, "engagements", 2, "retweets", 0, "replies", 0, "likes", 2, "url_clicks", 0)));
  }

  @BeforeAll
  static void threeNights(TestWarehouse wh) {
    Bronze b = new Bronze(wh);
    b.land(N1, "ref_organizations", "_reference", "reference", N1, List.of(
        rec("org_id", "spree", "name", "Spree Klinik", "industry", "healthcare", "segment", "hospital", "country", "DE", "agency_id", "a1")));
    b.land(N1, "ref_pages", "_reference", "reference", N1, List.of(
        rec("org_id", "spree", "platform", "linkedin", "page_id", "li-spree", "handle", "spree", "name", "Spree", "timezone", "Europe/Berlin",
            "followers", 2000),
        rec("org_id", "spree", "platform", "x", "page_id", "x-spree", "handle", "@spree", "name", "Spree", "timezone", "Europe/Berlin",
            "followers", 3000)));
    exportBoth(b, N1, 10, 20);
    b.commitLedger();
    PostModelsTest.model(wh, N1);
    exportBoth(b, N7, 70, 40);
    b.commitLedger();
    PostModelsTest.model(wh, N7);
    exportBoth(b, N8, 80, 50);
    b.commitLedger();
    PostModelsTest.model(wh, N8);
    // One bench, after the last night: it benches every month the three nights' models changed (March).
    bench(wh, N8);
  }

  static void bench(TestWarehouse wh, LocalDate night) {
    new BenchStage(wh.spark(), TableWriter.of(wh.spark(), wh.settings()), BenchSettings.from(wh.settings())).run(night);
  }

  @Test
  void dimPostGivesTheLocalDayAndNoHourForADateOnlyExport(TestWarehouse wh) {
    assertRows(wh.spark().sql("select post_id, cast(published_at as string), cast(published_date as string), cast(local_date as string), "
            + "local_day_of_week, local_hour, has_publish_time from dw.dim_post"),
        row("https://li.example/u1", "2026-02-28 23:00:00", "2026-03-01", "2026-03-01", 7, null, false),
        row("t1", "2026-02-28 23:30:00", "2026-03-01", "2026-03-01", 7, 0, true));
  }

  @Test
  void countsSnapshotAgesFromTheLocalDay(TestWarehouse wh) {
    assertRows(wh.spark().sql("select platform, cast(export_date as string), age_days from dw.fct_post_snapshot"),
        row("linkedin", "2026-03-01", 0), row("linkedin", "2026-03-07", 6), row("linkedin", "2026-03-08", 7),
        row("x", "2026-03-01", 0), row("x", "2026-03-07", 6), row("x", "2026-03-08", 7));
  }

  @Test
  void takesDaySevenSevenLocalDaysAfterPublishing(TestWarehouse wh) {
    assertRows(wh.spark().sql("select platform, cast(published_date as string), impressions_d7, cast(d7_snapshot_date as string), "
            + "d7_is_final from dw.fct_post"),
        row("linkedin", "2026-03-01", 80, "2026-03-08", true),
        row("x", "2026-03-01", 50, "2026-03-08", true));
  }

  @Test
  void countsThePostOnTheLocalDayOfThePage(TestWarehouse wh) {
    assertRows(wh.spark().sql("select page_id, cast(date as string), posts_published from dw.fct_page_daily where posts_published > 0"),
        row("li-spree", "2026-03-01", 1), row("x-spree", "2026-03-01", 1));
  }

  @Test
  void benchCountsThePostsInMarch(TestWarehouse wh) {
    assertRows(wh.spark().sql("select page_id, cast(month as string), posts from bench.page_month where posts > 0"),
        row("li-spree", "2026-03-01", 1), row("x-spree", "2026-03-01", 1));
  }

}
