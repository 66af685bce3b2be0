package socialbench.bench;

import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.runtime.TableWriter;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/** Every KPI of docs/design.md §6 from sql/bench/page_month.sql on a hand-made month, computed by hand. */
@ExtendWith(SparkTestExtension.class)
class PageMonthKpiTest {

  @BeforeAll
  static void writeMarch(TestWarehouse wh) {
    DwFixture f = new DwFixture()
        // r1 moves from smb to enterprise on 15 March: March uses the version valid on 31 March
        .orgVersion("r1", "health", "smb", DwFixture.FOREVER, LocalDate.parse("2026-03-15"))
        .orgVersion("r1", "health", "enterprise", LocalDate.parse("2026-03-15"), null)
        .org("z1", "retail", "smb")
        .page("fb-r1", "facebook", "r1")
        .page("fb-z1", "facebook", "z1")
        .followers("fb-r1", "facebook", "r1", "2026-02-28", 9000L, 0L)
        .followers("fb-r1", "facebook", "r1", "2026-03-01", 9100L, 20L)
        .followers("fb-r1", "facebook", "r1", "2026-03-15", 9500L, 30L)
        .followers("fb-r1", "facebook", "r1", "2026-03-31", 10200L, 50L)
        .followers("fb-z1", "facebook", "z1", "2026-03-05", 500L, null)
        .conversion("r1", "facebook", "2026-03-05", 400, 20, 5, 2, 3000, 500)
        .conversion("r1", "facebook", "2026-03-20", 600, 30, 10, 3, 2000, 1500)
        .conversion("r1", "linkedin", "2026-03-20", 999, 99, 9, 9, 9999, 99)
        .conversion("r1", "facebook", "2026-04-01", 999, 99, 9, 9, 9999, 99)
        // m1: March spend 100 (two days of 50), 4 leads, no customer won
        .org("m1", "health", "smb")
        .page("fb-m1", "facebook", "m1")
        .followers("fb-m1", "facebook", "m1", "2026-03-01", 2000L, 0L)
        .conversionWithoutRevenue("m1", "facebook", "2026-03-03", 80, 3, 0, 50)
        .conversionWithoutRevenue("m1", "facebook", "2026-03-04", 20, 1, 0, 50)
        // g1: the last follower total before March was reported on 20 January (25 January reports losses only)
        .org("g1", "health", "smb")
        .page("fb-gap", "facebook", "g1")
        .followers("fb-gap", "facebook", "g1", "2026-01-20", 4000L, 0L)
        .followers("fb-gap", "facebook", "g1", "2026-01-25", null, 3L)
        .followers("fb-gap", "facebook", "g1", "2026-03-10", 4400L, 0L)
        .followers("fb-gap", "facebook", "g1", "2026-03-20", null, 7L)
        .followers("fb-gap", "facebook", "g1", "2026-04-02", 4500L, 1L);
    f.post("p1", "facebook", "fb-r1", "r1", "2026-03-02T09:00:00Z").type("photo")
        .followersAtPublish(9100L).engagements(91L).reach(1000L).impressions(2000L).clicks(40L).add();
    f.post("p2", "facebook", "fb-r1", "r1", "2026-03-10T09:00:00Z").type("link")
        .followersAtPublish(9200L).engagements(184L).reach(3000L).impressions(4000L).clicks(200L).add();
    f.post("p3", "facebook", "fb-r1", "r1", "2026-03-20T09:00:00Z").type("video")
        .followersAtPublish(9500L).engagements(95L).impressions(6000L).clicks(0L).videoViews(3000L).add();
    f.post("p4", "facebook", "fb-r1", "r1", "2026-03-31T23:30:00Z").type("reel").notFinal()
        .followersAtPublish(10200L).engagements(102L).reach(2000L).videoViews(500L).add();
    f.post("p5", "facebook", "fb-r1", "r1", "2026-04-01T00:30:00Z").type("photo")
        .followersAtPublish(10200L).engagements(999L).reach(1L).impressions(1L).add();
    f.post("z", "facebook", "fb-z1", "z1", "2026-03-05T12:00:00Z").type("video")
        .followersAtPublish(0L).engagements(5L).reach(0L).impressions(0L).clicks(0L).videoViews(0L).add();
    for (long followers : new long[] {999, 1000, 9999, 10000, 99999, 100000, 999999, 1000000}) {
      f.page("band-" + followers, "facebook", "z1").followers("band-" + followers, "facebook", "z1", "2026-03-01", followers, 0L);
    }
    f.writeTo(wh);
  }

  private static Dataset<Row> pageMonth(TestWarehouse wh, String month, String asOf) {
    return pageMonths(wh, List.of(LocalDate.parse(month)), asOf);
  }

  /** Several months in one query, as a night that touches them computes them. */
  private static Dataset<Row> pageMonths(TestWarehouse wh, List<LocalDate> months, String asOf) {
    StoredPageMonths.register(wh.spark());
    // the views page_month reads (the month, the conversions), registered as the bench stage does before its models
    BenchStage stage = new BenchStage(wh.spark(), TableWriter.of(wh.spark(), wh.settings()), new BenchSettings(5, 75, 25));
    stage.registerMonths(months);
    stage.view(BenchStage.MODELS.stream().filter(m -> m.name().equals("int_bench_org_conversions")).findFirst().orElseThrow(),
        LocalDate.parse(asOf), months);
    return SqlModel.load("page_month").run(wh.spark(), stage.parameters(months, LocalDate.parse(asOf)));
  }

  @Test
  void computesEveryKpiOfAMonthWithDaySevenMetrics(TestWarehouse wh) {
    assertRows(pageMonth(wh, "2026-03-01", "2026-04-07").where("page_id = 'fb-r1'").drop("page_id", "platform", "org_id", "month"),
        // final: 7 April is 7 days after 31 March (docs/design.md §6), although p4's day-7 snapshot is not final yet
        row("health", "enterprise", "s", 9000, 10200, 4, true,
            0.0125,          // mean of 91/9100, 184/9200, 95/9500, 102/10200
            377.0 / 6000,    // posts reporting reach: p1, p2, p4
            370.0 / 12000,   // posts reporting impressions: p1, p2, p3
            240.0 / 12000,   // clicks over impressions: p1, p2, p3
            0.5,             // video and reel posts with impressions: p3 only (3000 / 6000)
            1200.0 / 9000,   // (10200 − 9000) / 9000
            100.0 / 9000,    // 20 + 30 + 50 lost / 9000
            4 / (31 / 7.0),
            50.0 / 1000, 15.0 / 50, 5.0 / 50, 2000.0 / 50, (5000.0 - 2000) / 2000));
  }

  @Test
  void leavesKpisWithZeroOrMissingDenominatorsNull(TestWarehouse wh) {
    assertRows(pageMonth(wh, "2026-03-01", "2026-04-07").where("page_id = 'fb-z1'").drop("page_id", "platform", "org_id", "month"),
        // no follower total before March: followers_start is the first in the month, growth and churn have no denominator
        row("retail", "smb", "xs", 500, 500, 1, true,
            null, null, null, null, null, null, null, 7 / 31.0, null, null, null, null, null));
  }

  @Test
  void roiIsMinusOneWhenSpendIsKnownAndNoCustomerWasWon(TestWarehouse wh) {
    // revenue counts as 0: (0 - 100) / 100; cost per lead 100 / 4
    assertRows(pageMonth(wh, "2026-03-01", "2026-04-07").where("page_id = 'fb-m1'").select("lead_rate", "customer_rate", "cost_per_lead", "roi"),
        row(4.0 / 100, 0.0, 25.0, -1.0));
  }

  @Test
  void bandsPagesByFollowersAtMonthStart(TestWarehouse wh) {
    assertRows(pageMonth(wh, "2026-03-01", "2026-04-07").where("page_id like 'band-%'").select("followers_start", "size_band"),
        row(999, "xs"), row(1000, "s"), row(9999, "s"), row(10000, "m"), row(99999, "m"), row(100000, "l"),
        row(999999, "l"), row(1000000, "xl"));
  }

  @Test
  void usesTheOrganizationVersionOfEachMonth(TestWarehouse wh) {
    assertRows(pageMonth(wh, "2026-02-01", "2026-04-07").select("page_id", "segment", "followers_start", "posts", "is_final"),
        row("fb-r1", "smb", 9000, 0, true));
  }

  @Test
  void keepsAMonthOpenUntilItsLastPostIsSevenDaysOld(TestWarehouse wh) {
    assertRows(pageMonth(wh, "2026-03-01", "2026-04-06").where("page_id = 'fb-z1'").select("is_final"), row(false));
    assertRows(pageMonth(wh, "2026-03-01", "2026-04-07").where("page_id = 'fb-z1'").select("is_final"), row(true));
  }

  @Test
  void startsAMonthFromTheLastTotalKnownBeforeItHoweverOld(TestWarehouse wh) {
    // March starts from 20 January's 4000 (no total in February, 25 January reports none); April from 10 March's
    // 4400 (20 March reports losses only), whether April is computed together with March or alone
    List<LocalDate> marchAndApril = List.of(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01"));
    assertRows(pageMonths(wh, marchAndApril, "2026-05-08").where("page_id = 'fb-gap'")
            .select("month", "followers_start", "followers_end", "follower_growth_rate", "follower_churn_rate"),
        row("2026-03-01", 4000, 4400, 400.0 / 4000, 7.0 / 4000),
        row("2026-04-01", 4400, 4500, 100.0 / 4400, 1.0 / 4400));
    assertRows(pageMonth(wh, "2026-04-01", "2026-05-08").where("page_id = 'fb-gap'").select("followers_start", "follower_churn_rate"),
        row(4400, 1.0 / 4400));
  }
}
