package socialbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * One Facebook page (canonical files). Night 09-30 lands its follower days 09-29 (total 500) and 09-30
 * (+10 −2: 508) and a post of 09-20; model and bench run. Night 10-20 lands a corrected re-export of the
 * 09-30 page-daily file (09-30 now +20 −2: 518) and the 10-20 files. 10-20 is past day 7, and no post of
 * September reaches day 7 on 10-20, so only the change of September's follower rows can send bench back to
 * September.
 */
@ExtendWith(SparkTestExtension.class)
class CorrectedOldMonthReachesBenchTest {
  static final LocalDate N1 = LocalDate.parse("2026-09-30");
  static final LocalDate N2 = LocalDate.parse("2026-10-20");
  static List<LocalDate> monthsOfN1;
  static List<String> septemberAfterN1;
  static List<LocalDate> monthsOfN2;

  static List<java.util.Map<String, Object>> followerDays(int gainedOn30) {
    return List.of(
        rec("date", LocalDate.parse("2026-09-29"), "page_id", "fb1", "platform", "facebook", "followers", 500, "followers_gained", 5, "followers_lost", 1),
        rec("date", N1, "page_id", "fb1", "platform", "facebook", "followers_gained", gainedOn30, "followers_lost", 2));
  }

  static java.util.Map<String, Object> post(String id, String publishedAt, int likes) {
    return rec("post_id", id, "page_id", "fb1", "platform", "facebook", "published_at", publishedAt, "post_type", "Photo",
        "message", "Open house", "impressions", 100, "reach", 80, "likes", likes, "comments", 1, "shares", 1, "clicks", 2);
  }

  @BeforeAll
  static void twoNights(TestWarehouse wh) {
    Bronze b = new Bronze(wh);
    b.land(N1, "ref_organizations", "_reference", "reference", N1, List.of(
        rec("org_id", "lakeside", "name", "Lakeside Clinic", "industry", "healthcare", "segment", "clinic", "country", "US", "agency_id", "a1")));
    b.land(N1, "ref_pages", "_reference", "reference", N1, List.of(
        rec("org_id", "lakeside", "platform", "facebook", "page_id", "fb1", "handle", "@lake", "name", "Lakeside")));
    b.land(N1, "canonical_posts", "lakeside", "facebook", N1, List.of(post("p1", "2026-09-20T12:00Z", 10)));
    b.land(N1, "canonical_page_daily", "lakeside", "facebook", N1, followerDays(10));
    b.commitLedger();
    PostModelsTest.model(wh, N1);
    monthsOfN1 = bench(wh, N1);
    septemberAfterN1 = september(wh);

    b.land(N2, "canonical_page_daily", "lakeside", "facebook", N1, followerDays(20));
    b.land(N2, "canonical_posts", "lakeside", "facebook", N2, List.of(post("p2", "2026-10-19T12:00Z", 4)));
    b.land(N2, "canonical_page_daily", "lakeside", "facebook", N2, List.of(
        rec("date", N2, "page_id", "fb1", "platform", "facebook", "followers_gained", 1, "followers_lost", 0)));
    b.commitLedger();
    PostModelsTest.model(wh, N2);
    monthsOfN2 = bench(wh, N2);
  }

  static List<LocalDate> bench(TestWarehouse wh, LocalDate night) {
    return new BenchStage(wh.spark(), TableWriter.of(wh.spark(), wh.settings()), BenchSettings.from(wh.settings())).run(night).months();
  }

  static List<String> september(TestWarehouse wh) {
    return wh.spark().sql("select concat_ws(' ', followers_start, followers_end, posts) from bench.page_month where month = DATE'2026-09-01'")
        .collectAsList().stream().map(r -> r.getString(0)).toList();
  }

  @Test
  void theFirstNightBenchmarksSeptemberWithTheFirstFollowerFigures() {
    assertEquals(List.of(LocalDate.parse("2026-09-01")), monthsOfN1);
    // start = first total of a new page (500), end = 500 + 10 - 2, one post
    assertEquals(List.of("500 508 1"), septemberAfterN1);
  }

  @Test
  void modelRecordsSeptemberAsChangedByTheCorrectedFollowerDay(TestWarehouse wh) {
    assertRows(wh.spark().sql("select cast(logical_date as string), table_name, cast(month as string) from ops.changed_months"),
        row("2026-10-20", "dw.fct_page_daily", "2026-09-01"));
  }

  @Test
  void benchOfTheLaterNightRecomputesSeptemberWithTheCorrectedTotal(TestWarehouse wh) {
    assertEquals(List.of(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-10-01")), monthsOfN2);
    // end = 500 + 20 - 2
    assertEquals(List.of("500 518 1"), september(wh));
    // October starts from September's corrected end and ends one follower later (10-20: +1)
    assertRows(wh.spark().sql("select followers_start, followers_end, posts from bench.page_month where month = DATE'2026-10-01'"),
        row(518L, 519L, 1L));
  }
}
