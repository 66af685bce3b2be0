package socialbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.runtime.TableSpec;
import socialbench.runtime.TableWriter;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * sql/report/funnel.sql sums an organization's DOUBLE revenue and spend in ascending order, as the bench does, so the
 * report's figure does not depend on the order in which Spark reads the rows.
 *
 * <p>Revenue 1e16, 1 and 1 in March: a plain {@code sum()} that reads 1e16 first loses both ones (1e16 + 1 rounds back
 * to 1e16), while the sorted sum adds 1 + 1 first and gives 10,000,000,000,000,002. Organization a stores the rows
 * large-first, organization b small-first; both must report the same revenue and spend.
 */
@ExtendWith(SparkTestExtension.class)
class FunnelRevenueSumTest {
  private static final StructType CONVERSIONS = StructType.fromDDL("org_id string, platform string, date date,"
      + " link_clicks bigint, sessions bigint, form_submissions bigint, leads bigint, mqls bigint, sals bigint,"
      + " opportunities bigint, customers bigint, revenue double, spend double");
  private static final StructType FUNNEL_MONTH = StructType.fromDDL("month date, kpi string, industry string,"
      + " segment string, platform string, fallback_level int, n_orgs bigint, p10 double, p25 double, p50 double,"
      + " p75 double, p90 double, suppressed boolean, suppressed_reason string");

  @BeforeAll
  static void writeMarch(TestWarehouse wh) {
    TableWriter w = TableWriter.of(wh.spark(), wh.settings());
    w.overwrite(new TableSpec("dw.fct_conversion_daily", List.of(), "test fixture", Map.of()),
        wh.spark().createDataFrame(List.of(
            day("a", "2026-03-01", 1e16, 1e16),
            day("a", "2026-03-02", 1, 1),
            day("a", "2026-03-03", 1, 1),
            day("b", "2026-03-01", 1, 1),
            day("b", "2026-03-02", 1, 1),
            day("b", "2026-03-03", 1e16, 1e16)), CONVERSIONS).coalesce(1));
    w.overwrite(new TableSpec("bench.funnel_month", List.of(), "test fixture", Map.of()),
        wh.spark().createDataFrame(List.<Row>of(), FUNNEL_MONTH));
    wh.spark().sql("select cast(null as string) as platform, cast(null as int) as fallback_level,"
        + " cast(null as string) as industry, cast(null as string) as segment, cast(0 as bigint) as n_clients where false")
        .createOrReplaceTempView("report_client_cohorts");
  }

  private static Row day(String org, String date, double revenue, double spend) {
    return RowFactory.create(org, "facebook", Date.valueOf(date), null, 10L, null, 2L, 1L, null, null, 1L, revenue, spend);
  }

  private static Row funnel(TestWarehouse wh, String org) {
    List<Row> rows = ReportSql.run(wh.spark(), "funnel", Map.of("org_id", org,
        "month_start", Date.valueOf("2026-03-01"), "month_end", Date.valueOf("2026-03-31"),
        "industry", "health", "segment", "smb", "k", 5));
    assertEquals(1, rows.size());
    return rows.get(0);
  }

  @Test
  void revenueAndSpendAreSummedSmallestFirstWhateverTheStoredOrder(TestWarehouse wh) {
    for (String org : new String[] {"a", "b"}) {
      Row r = funnel(wh, org);
      assertEquals(10_000_000_000_000_002D, r.getDouble(r.fieldIndex("revenue")), org);
      assertEquals(10_000_000_000_000_002D, r.getDouble(r.fieldIndex("spend")), org);
      assertEquals(30L, r.getLong(r.fieldIndex("sessions")), org);
      assertEquals(0.0, r.getDouble(r.fieldIndex("roi")), org);
      assertEquals("fewer than k organizations", r.getString(r.fieldIndex("cohort_roi_reason")), org);
    }
  }
}
