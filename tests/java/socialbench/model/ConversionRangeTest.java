package socialbench.model;

import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * int_conversion_range, the first day from which each organization's dw.fct_conversion_daily is rebuilt, on
 * hand-made inputs (its model query over temporary views in a session of its own). The night's other sources
 * (export dates, web days, ad days) start every organization's range at 2026-10-01 or later here, so each
 * organization's from date below comes from its CRM contacts alone, and each date is worked out in the
 * comment beside it. A CRM export carries every contact of the last weeks again each night: only the stage
 * days whose counts change may widen the rebuilt range.
 */
@ExtendWith(SparkTestExtension.class)
class ConversionRangeTest {
  private static final String LEADS = "org_id, lead_id_hash, source_platform, created_date, lead_date, mql_date, sal_date, "
      + "opportunity_date, customer_date, amount";

  @Test
  void widensTheRangeOnlyToTheStageDaysWhoseCountsChange(TestWarehouse wh) {
    SparkSession s = wh.spark().newSession();
    s.sql("create temp view scope_orgs as select * from values "
        + "('_reference', date'2026-09-01'), ('again', date'2026-10-01'), ('moved', date'2026-10-01'), ('fresh', date'2026-10-01'), "
        + "('switched', date'2026-10-01'), ('repriced', date'2026-10-01'), ('quiet', date'2026-10-01') as t(org_id, from_date)");
    s.sql("create temp view int_web_range as select * from values ('quiet', date'2026-09-29') as t(org_id, from_date)");
    s.sql("create temp view int_ads_daily_tail as select * from values ('again', date'2026-10-01', 10.0D) as t(org_id, date, spend)");
    s.sql("create temp view int_lead_tail as select * from values "
        + "('again', 'a1', 'facebook', date'2026-09-01', date'2026-09-01', date'2026-09-05', null, null, null, null), "
        + "('moved', 'm1', 'facebook', date'2026-09-01', date'2026-09-01', date'2026-09-05', date'2026-09-25', null, null, null), "
        + "('fresh', 'f1', 'linkedin', date'2026-09-10', date'2026-09-12', null, null, null, null, null), "
        + "('switched', 's1', 'linkedin', date'2026-08-20', date'2026-09-03', null, null, null, null, null), "
        + "('repriced', 'r1', 'facebook', date'2026-08-01', date'2026-08-02', null, null, null, date'2026-09-28', 150.0D) "
        + "as t(" + LEADS + ")");
    s.sql("create temp view int_lead_stored as select * from values "
        + "('again', 'a1', 'facebook', date'2026-09-01', date'2026-09-01', date'2026-09-05', null, null, null, null), "
        + "('moved', 'm1', 'facebook', date'2026-09-01', date'2026-09-01', date'2026-09-05', date'2026-09-20', null, null, null), "
        + "('switched', 's1', 'facebook', date'2026-08-20', date'2026-09-03', null, null, null, null, null), "
        + "('repriced', 'r1', 'facebook', date'2026-08-01', date'2026-08-02', null, null, null, date'2026-09-28', 100.0D) "
        + "as t(" + LEADS + ")");
    assertRows(s.sql("select org_id, cast(from_date as string) from (" + model("int_conversion_range").query() + ")"),
        // exported again unchanged: no count moves, the range starts at the night's export date
        row("again", "2026-10-01"),
        // the SAL day moved 09-20 -> 09-25: one SAL leaves 09-20 and one arrives 09-25; lead and MQL days stay
        row("moved", "2026-09-20"),
        // a new contact counts on its lead day (09-12); nothing is counted on its creation day (09-10)
        row("fresh", "2026-09-12"),
        // its source platform changed: its lead moves from facebook's 09-03 to linkedin's 09-03
        row("switched", "2026-09-03"),
        // only the amount changed: the revenue of its customer day 09-28
        row("repriced", "2026-09-28"),
        // no contacts: the web days (09-29)
        row("quiet", "2026-09-29"));
  }

  private static ModelFile model(String name) {
    return ModelManifest.load().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }
}
