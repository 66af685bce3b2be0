package socialbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.runtime.TableWriter;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * docs/design.md §6 is_final: a month is final once the logical date is at least 7 days after its last day, and
 * never goes back. One page; its January post of 30 January was last exported on 2 February (its day-7
 * metrics never become final). Bench runs the nights 02-02, then 02-10 (the nights 02-03 to 02-09 were not
 * run), then 02-03 again.
 */
@ExtendWith(SparkTestExtension.class)
class MonthFinalityTest {
  static List<LocalDate> monthsOf0202, monthsOf0210, monthsOf0203;
  static List<String> after0202, after0210, after0203;

  @BeforeAll
  static void threeNights(TestWarehouse wh) {
    DwFixture f = new DwFixture()
        .org("r1", "health", "smb")
        .page("fb-r1", "facebook", "r1")
        .followers("fb-r1", "facebook", "r1", "2026-01-01", 1000L, 0L)
        .followers("fb-r1", "facebook", "r1", "2026-02-02", 1010L, 0L);
    f.post("p1", "facebook", "fb-r1", "r1", "2026-01-30T10:00:00Z").followersAtPublish(1000L).engagements(10L)
        .notFinal().d7SnapshotDate("2026-02-02").add();
    f.writeTo(wh);
    monthsOf0202 = bench(wh, "2026-02-02");
    after0202 = finality(wh);
    monthsOf0210 = bench(wh, "2026-02-10");
    after0210 = finality(wh);
    monthsOf0203 = bench(wh, "2026-02-03");
    after0203 = finality(wh);
  }

  static List<LocalDate> bench(TestWarehouse wh, String date) {
    return new BenchStage(wh.spark(), TableWriter.of(wh.spark(), wh.settings()), BenchSettings.from(wh.settings()))
        .run(LocalDate.parse(date)).months();
  }

  static List<String> finality(TestWarehouse wh) {
    return wh.spark().sql("select concat(cast(month as string), ' ', is_final) from bench.page_month order by month")
        .collectAsList().stream().map(r -> r.getString(0)).toList();
  }

  static List<LocalDate> months(String... m) {
    return java.util.Arrays.stream(m).map(LocalDate::parse).toList();
  }

  @Test
  void januaryIsOpenOnTheSecondOfFebruary() {
    assertEquals(months("2026-01-01", "2026-02-01"), monthsOf0202);
    assertEquals(List.of("2026-01-01 false", "2026-02-01 false"), after0202);
  }

  @Test
  void theFirstNightAtLeastSevenDaysAfterJanuaryFinalizesItThoughItsLastPostNeverReachedDaySeven() {
    // 02-10 is past day 7, so January is recomputed only because it is stored as not final and now due
    assertEquals(months("2026-01-01", "2026-02-01"), monthsOf0210);
    assertEquals(List.of("2026-01-01 true", "2026-02-01 false"), after0210);
  }

  @Test
  void eachBenchRunRecordsTheMonthsItRecomputedForTheNightsChecks(TestWarehouse wh) {
    // the check step of 02-10 runs after January became final: only this record says January was rewritten
    assertEquals(List.of("2026-02-02 2026-01-01", "2026-02-02 2026-02-01", "2026-02-03 2026-01-01", "2026-02-03 2026-02-01",
            "2026-02-10 2026-01-01", "2026-02-10 2026-02-01"),
        wh.spark().sql("select concat(cast(logical_date as string), ' ', cast(month as string)) from ops.bench_months order by 1")
            .collectAsList().stream().map(r -> r.getString(0)).toList());
    assertEquals(java.util.Optional.of(LocalDate.parse("2026-01-01")), BenchMonths.earliest(wh.spark(), wh.warehouse(), LocalDate.parse("2026-02-10")));
    // a night whose bench did not run has no months: its checks read every month
    assertEquals(java.util.Optional.empty(), BenchMonths.earliest(wh.spark(), wh.warehouse(), LocalDate.parse("2026-02-05")));
  }

  @Test
  void reRunningAnOlderNightKeepsJanuaryFinal() {
    assertEquals(months("2026-01-01", "2026-02-01"), monthsOf0203);
    assertEquals(List.of("2026-01-01 true", "2026-02-01 false"), after0203);
  }
}
