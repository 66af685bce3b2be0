package socialbench.model;

import static socialbench.model.Bronze.rec;
import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * docs/design.md §6, a corrected figure counts wherever it is used. A canonical page-daily export of 2026-03-09
 * reports the page's total on 31 January (900) and, with its gains and losses (0), on every day of February
 * (1600). Bench runs that night (January and February become final). On 2026-04-10 a corrected re-export of
 * that file says 1500 on 31 January; February's own rows do not change (their net change is the reported
 * gains minus losses), but February starts from 31 January: its followers_start, size band, growth and churn
 * must follow the correction.
 */
@ExtendWith(SparkTestExtension.class)
class CorrectedMonthEndReachesNextMonthTest {
  static final LocalDate EXPORTED = LocalDate.parse("2026-03-09");
  static final LocalDate CORRECTED = LocalDate.parse("2026-04-10");
  static List<Object> februaryBefore;

  static List<Map<String, Object>> days(int januaryEnd) {
    List<Map<String, Object>> rows = new ArrayList<>();
    rows.add(rec("date", LocalDate.parse("2026-01-31"), "page_id", "fb1", "platform", "facebook", "followers", januaryEnd));
    for (int d = 1; d <= 28; d++) {
      rows.add(rec("date", LocalDate.of(2026, 2, d), "page_id", "fb1", "platform", "facebook", "followers", 1600,
          "followers_gained", 0, "followers_lost", 0));
    }
    return rows;
  }

  @BeforeAll
  static void exportAndCorrect(TestWarehouse wh) {
    Bronze b = new Bronze(wh);
    b.land(EXPORTED, "ref_organizations", "_reference", "reference", EXPORTED, List.of(
        rec("org_id", "lakeside", "name", "Lakeside Clinic", "industry", "healthcare", "segment", "clinic", "country", "US", "agency_id", "a1")));
    b.land(EXPORTED, "ref_pages", "_reference", "reference", EXPORTED, List.of(
        rec("org_id", "lakeside", "platform", "facebook", "page_id", "fb1", "handle", "@lake", "name", "Lakeside")));
    b.land(EXPORTED, "canonical_page_daily", "lakeside", "facebook", EXPORTED, days(900));
    b.commitLedger();
    PostModelsTest.model(wh, EXPORTED);
    CorrectedOldMonthReachesBenchTest.bench(wh, EXPORTED);
    februaryBefore = february(wh);

    b.land(CORRECTED, "canonical_page_daily", "lakeside", "facebook", EXPORTED, days(1500));
    b.commitLedger();
    PostModelsTest.model(wh, CORRECTED);
    CorrectedOldMonthReachesBenchTest.bench(wh, CORRECTED);
  }

  static List<Object> february(TestWarehouse wh) {
    org.apache.spark.sql.Row r = wh.spark().sql("select followers_start, size_band, follower_growth_rate, is_final from bench.page_month "
        + "where month = DATE'2026-02-01'").first();
    return row(r.get(0), r.get(1), r.get(2), r.get(3));
  }

  @Test
  void februaryFirstStartsFromTheFirstJanuaryEnd() {
    assertRows(List.of(org.apache.spark.sql.RowFactory.create(februaryBefore.toArray())),
        List.of(row(900, "xs", 700.0 / 900, true)));
  }

  @Test
  void modelRecordsFebruaryAsChangedWithTheCorrectedJanuaryEnd(TestWarehouse wh) {
    assertRows(wh.spark().sql("select cast(month as string) from ops.changed_months where logical_date = DATE'2026-04-10'"),
        row("2026-01-01"), row("2026-02-01"));
  }

  @Test
  void februaryStartsFromTheCorrectedTotal(TestWarehouse wh) {
    // start 1500 (band s, 1k-10k), end 1600: growth 100 / 1500, churn 0 / 1500; still final
    assertRows(wh.spark().sql("select followers_start, followers_end, size_band, follower_growth_rate, follower_churn_rate, is_final "
            + "from bench.page_month where month = DATE'2026-02-01'"),
        row(1500, 1600, "s", 100.0 / 1500, 0.0, true));
  }
}
