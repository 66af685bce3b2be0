package socialbench.model;

import static socialbench.model.Bronze.rec;
import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * A GA4 export with two rows of identical values (two facebook source/medium rows that GA4 reports
 * separately but that carry the same numbers) and a third row: every source row counts.
 */
@ExtendWith(SparkTestExtension.class)
class IdenticalWebRowsTest {
  static final LocalDate N1 = LocalDate.parse("2026-11-01");

  @BeforeAll
  static void land(TestWarehouse wh) {
    Bronze b = new Bronze(wh);
    b.land(N1, "ref_organizations", "_reference", "reference", N1, List.of(
        rec("org_id", "lakeside", "name", "Lakeside Clinic", "industry", "healthcare", "segment", "clinic", "country", "US", "agency_id", "a1")));
    b.land(N1, "ref_pages", "_reference", "reference", N1, List.of(
        rec("org_id", "lakeside", "platform", "facebook", "page_id", "fb1", "handle", "@lake", "name", "Lakeside")));
    var same = rec("session_source_medium", "facebook.com / referral", "session_campaign", "(referral)", "date", LocalDate.parse("2026-10-31"),
        "sessions", 20, "engaged_sessions", 10, "key_events", 2);
    b.land(N1, "ga4_traffic", "lakeside", "web", N1, List.of(same, same,
        rec("session_source_medium", "m.facebook.com / referral", "session_campaign", "(referral)", "date", LocalDate.parse("2026-10-31"),
            "sessions", 5, "engaged_sessions", 1, "key_events", 0)));
    b.commitLedger();
    PostModelsTest.model(wh, N1);
  }

  @Test
  void twoIdenticalRowsBothCount(TestWarehouse wh) {
    assertRows(wh.spark().sql("select cast(date as string), source_platform, campaign, sessions, engaged_sessions, form_submissions "
            + "from dw.fct_web_daily"),
        row("2026-10-31", "facebook", "(referral)", 45, 21, 4));
  }
}
