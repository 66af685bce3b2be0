package socialbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static socialbench.model.Bronze.rec;
import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * Two nights of one organization (lakeside, a Facebook page fed by canonical files, GA4, CRM and ads).
 * Night 11-02 brings a changed segment in organizations.csv, a corrected re-export of the 11-01 posts
 * file, a late GA4 file for 10-30, a CRM update and a new page-daily day; it is then modelled twice.
 */
@ExtendWith(SparkTestExtension.class)
class CorrectionsAndConversionsTest {
  static final LocalDate N1 = LocalDate.parse("2026-11-01");
  static final LocalDate N2 = LocalDate.parse("2026-11-02");
  static final List<String> TABLES = List.of("dim_date", "dim_platform", "dim_organization", "dim_page", "dim_post",
      "fct_post_snapshot", "fct_post_daily", "fct_post", "fct_page_daily", "fct_web_daily", "fct_lead_funnel", "fct_conversion_daily");
  static Map<String, List<String>> afterFirstRun;
  static Map<String, List<String>> afterSecondRun;

  static Map<String, Object> org(String segment) {
    return rec("org_id", "lakeside", "name", "Lakeside Clinic", "industry", "healthcare", "segment", segment, "country", "US", "agency_id", "a1");
  }

  static Map<String, Object> post(int impressions, int reach, int likes, int comments, int clicks, int views) {
    return rec("post_id", "p1", "page_id", "fb1", "platform", "facebook", "published_at", "2026-10-31T12:00Z", "post_type", "Video",
        "message", "Knee seminar on Friday", "impressions", impressions, "reach", reach, "likes", likes, "comments", comments,
        "shares", 1, "clicks", clicks, "video_views", views);
  }

  @BeforeAll
  static void twoNights(TestWarehouse wh) {
    Bronze b = new Bronze(wh);
    b.land(N1, "ref_organizations", "_reference", "reference", N1, List.of(org("clinic")));
    b.land(N1, "ref_pages", "_reference", "reference", N1, List.of(
        rec("org_id", "lakeside", "platform", "facebook", "page_id", "fb1", "handle", "@lake", "name", "Lakeside")));
    b.land(N1, "canonical_posts", "lakeside", "facebook", N1, List.of(post(100, 80, 10, 2, 5, 50)));
    b.land(N1, "canonical_page_daily", "lakeside", "facebook", N1, List.of(
        rec("date", LocalDate.parse("2026-10-31"), "page_id", "fb1", "platform", "facebook", "followers", 500, "followers_gained", 5, "followers_lost", 1),
        rec("date", N1, "page_id", "fb1", "platform", "facebook", "followers_gained", 3, "followers_lost", 0)));
    b.land(N1, "ga4_traffic", "lakeside", "web", N1, List.of(
        rec("session_source_medium", "facebook.com / referral", "session_campaign", "(referral)", "date", LocalDate.parse("2026-10-31"),
            "sessions", 20, "engaged_sessions", 10, "key_events", 2),
        rec("session_source_medium", "google / organic", "session_campaign", "(organic)", "date", LocalDate.parse("2026-10-31"),
            "sessions", 50, "engaged_sessions", 30, "key_events", 1)));
    b.land(N1, "crm_contacts", "lakeside", "crm", N1, List.of(
        rec("record_id_hash", "h1", "original_source", "Social media", "original_source_drill_down_1", "Facebook",
            "created_at", "2026-10-31T10:00Z", "became_lead_at", "2026-10-31T10:00Z", "became_mql_at", "2026-11-01T09:00Z"),
        rec("record_id_hash", "h2", "original_source", "Social media", "original_source_drill_down_1", "LinkedIn",
            "created_at", "2026-10-31T11:00Z", "became_lead_at", "2026-10-31T11:00Z", "became_customer_at", "2026-11-01T15:00Z",
            "recent_deal_amount", 1250.0)));
    b.land(N1, "ads_campaigns", "lakeside", "ads", N1, List.of(
        rec("campaign_name", "Knee seminar", "campaign_id", "c1", "reporting_start_date", LocalDate.parse("2026-10-31"),
            "reporting_end_date", N1, "amount_spent_usd", 100.0)));
    b.commitLedger();
    PostModelsTest.model(wh, N1);

    b.land(N2, "ref_organizations", "_reference", "reference", N2, List.of(org("hospital")));
    b.land(N2, "canonical_posts", "lakeside", "facebook", N1, List.of(post(90, 80, 10, 2, 5, 50)));
    b.land(N2, "canonical_posts", "lakeside", "facebook", N2, List.of(post(150, 100, 12, 3, 6, 70)));
    b.land(N2, "canonical_page_daily", "lakeside", "facebook", N2, List.of(
        rec("date", N2, "page_id", "fb1", "platform", "facebook", "followers_gained", 4, "followers_lost", 2)));
    b.land(N2, "ga4_traffic", "lakeside", "web", LocalDate.parse("2026-10-30"), List.of(
        rec("session_source_medium", "facebook.com / referral", "session_campaign", "(referral)", "date", LocalDate.parse("2026-10-30"),
            "sessions", 7, "engaged_sessions", 3, "key_events", 0)));
    b.land(N2, "crm_contacts", "lakeside", "crm", N2, List.of(
        rec("record_id_hash", "h1", "original_source", "Social media", "original_source_drill_down_1", "Facebook",
            "created_at", "2026-10-31T10:00Z", "became_lead_at", "2026-10-31T10:00Z", "became_mql_at", "2026-11-01T09:00Z",
            "became_sql_at", "2026-11-02T08:00Z")));
    b.commitLedger();
    PostModelsTest.model(wh, N2);
    afterFirstRun = contents(wh.spark());
    PostModelsTest.model(wh, N2);
    afterSecondRun = contents(wh.spark());
  }

  static Map<String, List<String>> contents(SparkSession spark) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String t : TABLES) {
      List<String> rows = new ArrayList<>();
      for (Row r : spark.table("dw." + t).collectAsList()) rows.add(r.toString());
      rows.sort(String::compareTo);
      out.put(t, rows);
    }
    return out;
  }

  @Test
  void modellingTheSameNightTwiceLeavesEveryTableIdentical() {
    assertEquals(afterFirstRun, afterSecondRun);
    assertEquals(7670, afterSecondRun.get("dim_date").size());
  }

  @Test
  void recordsWhatEachModelRunWroteOfEachTableForTheChecks(TestWarehouse wh) {
    assertRows(wh.spark().sql("select table_name, written, cast(from_date as string), count(*) from ops.written_slices "
            + "where logical_date = date'2026-11-02' group by all"),
        // the night's reference export rebuilt the two reference dimensions; the others depend on the calendar only
        row("dw.dim_date", "nothing", null, 1L), row("dw.dim_platform", "nothing", null, 1L),
        row("dw.dim_organization", "whole", null, 1L), row("dw.dim_page", "whole", null, 1L),
        // merged within their date: the post published 10-31, the lead h1 created 10-31
        row("dw.dim_post", "from", "2026-10-31", 1L), row("dw.fct_post", "from", "2026-10-31", 1L),
        row("dw.fct_lead_funnel", "from", "2026-10-31", 1L),
        // lakeside's slices start at its earliest export date landed that night (the late GA4 file of 10-30);
        // its page's days start at its first day with data, 10-31
        row("dw.fct_post_snapshot", "from", "2026-10-30", 1L), row("dw.fct_post_daily", "from", "2026-10-30", 1L),
        row("dw.fct_web_daily", "from", "2026-10-30", 1L), row("dw.fct_conversion_daily", "from", "2026-10-30", 1L),
        row("dw.fct_page_daily", "from", "2026-10-31", 1L),
        // no post removed; one row each: the second run of the night wrote what the first did and adds none
        row("ops.removed_posts", "nothing", null, 1L));
  }

  @Test
  void keepsTheOldSegmentForDaysBeforeTheChange(TestWarehouse wh) {
    assertRows(wh.spark().sql("select org_id, segment, cast(valid_from as string), cast(valid_to as string), is_current from dw.dim_organization"),
        row("lakeside", "clinic", "2015-01-01", "2026-11-02", false),
        row("lakeside", "hospital", "2026-11-02", null, true));
    assertRows(wh.spark().sql("select cast(f.date as string), o.segment from dw.fct_page_daily f join dw.dim_organization o "
            + "on o.org_id = f.org_id and f.date >= o.valid_from and (o.valid_to is null or f.date < o.valid_to)"),
        row("2026-10-31", "clinic"), row("2026-11-01", "clinic"), row("2026-11-02", "hospital"));
  }

  @Test
  void takesTheCorrectedReExportInsteadOfTheFirstFile(TestWarehouse wh) {
    assertRows(wh.spark().sql("select cast(export_date as string), age_days, impressions, reach, likes, comments, shares, saves, clicks, "
            + "video_views, engagements, platform_engagements, has_decrease from dw.fct_post_snapshot"),
        row("2026-11-01", 1, 90, 80, 10, 2, 1, null, 5, 50, 13, null, false),
        row("2026-11-02", 2, 150, 100, 12, 3, 1, null, 6, 70, 16, null, false));
    assertRows(wh.spark().sql("select cast(date as string), impressions_delta, likes_delta, saves_delta, clicks_delta, engagements_delta from dw.fct_post_daily"),
        row("2026-11-01", 90, 10, null, 5, 13), row("2026-11-02", 60, 2, null, 1, 3));
    assertRows(wh.spark().sql("select post_id, post_type, objective, topics, local_day_of_week, local_hour, impressions_d1, impressions_d7, "
            + "impressions_latest, d7_is_final, followers_at_publish from dw.dim_post join dw.fct_post using (platform, post_id, page_id, org_id, "
            + "published_at, published_date, post_type, objective)"),
        row("p1", "video", "video", List.of("conditions", "events"), 6, 12, 90, 150, 150, false, 500));
  }

  @Test
  void carriesTheReportedFollowerTotalForwardWithTheNetChange(TestWarehouse wh) {
    assertRows(wh.spark().sql("select cast(date as string), followers, followers_gained, followers_lost, followers_net, posts_published, "
            + "followers_source from dw.fct_page_daily"),
        row("2026-10-31", 500, 5, 1, 4, 1, "reported"),
        row("2026-11-01", 503, 3, 0, 3, 0, "carried"),
        row("2026-11-02", 505, 4, 2, 2, 0, "carried"));
  }

  @Test
  void addsTheLateWebFileForAnOlderDay(TestWarehouse wh) {
    assertRows(wh.spark().sql("select cast(date as string), source_platform, campaign, sessions, engaged_sessions, form_submissions from dw.fct_web_daily"),
        row("2026-10-30", "facebook", "(referral)", 7, 3, 0),
        row("2026-10-31", "facebook", "(referral)", 20, 10, 2),
        row("2026-10-31", "other", "(organic)", 50, 30, 1));
  }

  @Test
  void updatesLeadsByHashAndKeepsTheOnesNotReExported(TestWarehouse wh) {
    assertRows(wh.spark().sql("select lead_id_hash, source_platform, cast(lead_date as string), cast(mql_date as string), cast(sal_date as string), "
            + "cast(customer_date as string), amount from dw.fct_lead_funnel"),
        row("h1", "facebook", "2026-10-31", "2026-11-01", "2026-11-02", null, null),
        row("h2", "linkedin", "2026-10-31", null, null, "2026-11-01", 1250));
  }

  @Test
  void joinsClicksSessionsFunnelRevenueAndSpendPerPlatformAndDay(TestWarehouse wh) {
    assertRows(wh.spark().sql("select platform, cast(date as string), link_clicks, sessions, form_submissions, leads, mqls, sals, "
            + "opportunities, customers, revenue, spend from dw.fct_conversion_daily"),
        row("facebook", "2026-10-30", null, 7, 0, null, null, null, null, null, null, null),
        row("facebook", "2026-10-31", null, 20, 2, 1, 0, 0, 0, 0, null, 50),
        row("other", "2026-10-31", null, 50, 1, null, null, null, null, null, null, null),
        row("linkedin", "2026-10-31", null, null, null, 1, 0, 0, 0, 0, null, null),
        row("facebook", "2026-11-01", 5, null, null, 0, 1, 0, 0, 0, null, 50),
        row("linkedin", "2026-11-01", null, null, null, 0, 0, 0, 0, 1, 1250, null),
        row("facebook", "2026-11-02", 1, null, null, 0, 0, 1, 0, 0, null, null));
  }
}
