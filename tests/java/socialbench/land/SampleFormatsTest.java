package socialbench.land;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socialbench.land.Parsing.one;
import static socialbench.land.Parsing.rowNumber;
import static socialbench.land.Parsing.sample;
import static socialbench.land.Parsing.sumLong;
import static socialbench.land.Parsing.value;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every sample export under tests/fixtures/land/inbox (the platforms' real layouts) with hand-computed values. */
class SampleFormatsTest {

  @Test
  void landsTheXSampleWithFiveTweetsAndTheirImpressions() throws Exception {
    ParsedMember x = one(sample("x", "tweet_activity_metrics_RiversideHlth_20261001_20261101_en.csv"), "x");
    assertEquals("x_tweet_activity", x.format().name());
    assertEquals(5, x.rowsLanded());
    assertEquals(0, x.rowsRejected());
    // 6105 + 1750 + 1944 + 1813 + 2981
    assertEquals(14593, sumLong(x, "impressions"));
    assertEquals(8 + 6 + 72 + 52 + 20, sumLong(x, "likes"));
    assertEquals("1850000000000000000", value(x, 0, "tweet_id"));
    assertEquals(Instant.parse("2026-10-03T09:00:00Z"), value(x, 0, "published_at"));
    assertEquals(0.009991809991809993, value(x, 0, "engagement_rate"));
    assertNull(value(x, 0, "promoted_impressions"), "'-' is NULL, never 0");
    assertTrue(((String) value(x, 0, "tweet_text")).contains("week 💉 Walk-ins welcome.\n\nFind a location"));
    assertEquals("\"Every patient deserves a second opinion\" — read our new blog post on tumor boards https://t.co/ghi789", value(x, 3, "tweet_text"));
    // the first tweet's text spans lines 2-4, so the second tweet starts on line 5
    assertEquals(2, rowNumber(x, 0));
    assertEquals(5, rowNumber(x, 1));
  }

  @Test
  void skipsTheFacebookBomAndMetricDescriptionRow() throws Exception {
    byte[] bytes = sample("facebook", "Facebook Insights Data Export (Post Level) - Riverside Health - 2026-11-01.csv");
    ParsedMember fb = Parsing.parse(bytes, "facebook", ZoneId.of("America/New_York")).get(0);
    assertEquals("facebook_post_insights", fb.format().name());
    assertEquals(4, fb.rowsRead());
    assertEquals("112233445566778_9000000000000", value(fb, 0, "post_id"), "no BOM in the first column name or value");
    assertEquals(6554 + 3096 + 10211 + 5570, sumLong(fb, "lifetime_post_total_reach"));
    assertEquals(151 + 20 + 121 + 26, sumLong(fb, "lifetime_post_consumptions_link_clicks"));
    // "10/02/2026 01:00:00 PM" in the page's zone (New York, EDT = UTC-4)
    assertEquals(Instant.parse("2026-10-02T17:00:00Z"), value(fb, 0, "published_at"));
    assertEquals(3, rowNumber(fb, 0), "line 1 header, line 2 metric descriptions");
  }

  @Test
  void readsZoneLessTimestampsAsUtcWhenThePageHasNoZone() throws Exception {
    ParsedMember fb = one(sample("facebook", "Facebook Insights Data Export (Post Level) - Riverside Health - 2026-11-01.csv"), "facebook");
    assertEquals(Instant.parse("2026-10-02T13:00:00Z"), value(fb, 0, "published_at"));
  }

  @Test
  void readsTheUtf16MetaDailySeriesWithItsTitle() throws Exception {
    ParsedMember s = one(sample("facebook", "Facebook follows.csv"), "facebook");
    assertEquals("meta_daily_series", s.format().name());
    assertEquals(30, s.rowsLanded());
    assertEquals("Facebook follows", s.title());
    assertEquals("Facebook follows", value(s, 0, "series_title"));
    assertEquals(LocalDate.of(2026, 10, 1), value(s, 0, "date"));
    assertEquals(15L, value(s, 0, "value"));
    assertEquals(408, sumLong(s, "value"));
    assertEquals(4, rowNumber(s, 0), "sep=, title, header, then data");
  }

  @Test
  void readsTheInstagramContentExport() throws Exception {
    ParsedMember ig = one(sample("instagram", "Oct-01-2026_Oct-31-2026_content.csv"), "instagram");
    assertEquals("instagram_content", ig.format().name());
    assertEquals(3, ig.rowsLanded());
    assertEquals("Lifetime", value(ig, 0, "period"));
    assertEquals("IG carousel", value(ig, 2, "post_type"));
    assertEquals(15948 + 3129 + 10325, sumLong(ig, "views"));
    assertEquals(Instant.parse("2026-10-05T10:00:00Z"), value(ig, 0, "publish_time"));
  }

  @Test
  void opensTheYoutubeZipAndSkipsTheTotalRowAndTotalsFile() throws Exception {
    List<ParsedMember> members = Parsing.parse(sample("youtube", "Content 2026-10-01_2026-10-31 Riverside Health.zip"), "youtube");
    assertEquals(2, members.size(), "Table data.csv and Chart data.csv; Totals.csv is not landed");
    ParsedMember table = members.get(0);
    assertEquals("!Table data.csv", table.suffix());
    assertEquals("youtube_table_data", table.format().name());
    assertEquals(2, table.rowsRead(), "the Total row is not a video");
    assertEquals(3211 + 4344, sumLong(table, "views"));
    assertEquals(0.0567, (Double) value(table, 0, "impressions_ctr"), 1e-12);
    assertEquals(LocalDate.of(2026, 10, 2), value(table, 0, "video_publish_time"));
    assertNull(value(table, 0, "estimated_revenue_usd"));
    ParsedMember chart = members.get(1);
    assertEquals("youtube_chart_data", chart.format().name());
    assertEquals(31, chart.rowsLanded());
    assertEquals(4681, sumLong(chart, "views"));
  }

  @Test
  void skipsTheGa4CommentBlock() throws Exception {
    ParsedMember ga = one(sample("web", "Traffic_acquisition_Session_source_medium.csv"), "web");
    assertEquals("ga4_traffic", ga.format().name());
    assertEquals(6, ga.rowsLanded());
    assertEquals("facebook.com / referral", value(ga, 0, "session_source_medium"));
    assertEquals(LocalDate.of(2026, 10, 2), value(ga, 0, "date"));
    assertEquals(412 + 230 + 97 + 55 + 18 + 5120, sumLong(ga, "sessions"));
    assertEquals(11, rowNumber(ga, 0), "8 comment lines, a blank line, the header");
  }

  @Test
  void dropsCrmPersonalColumnsAndKeepsOnlyTheSaltedRecordIdHash() throws Exception {
    ParsedMember crm = one(sample("crm", "hubspot-crm-exports-all-contacts-2026-11-01.csv"), "crm");
    assertEquals("crm_contacts", crm.format().name());
    assertEquals(3, crm.rowsLanded());
    List<String> names = crm.format().landedColumns().stream().map(ColumnSpec::name).toList();
    for (String personal : List.of("first_name", "last_name", "email", "phone_number")) {
      assertFalse(names.contains(personal), personal);
    }
    // HMAC-SHA256(key = the tests' salt from pom.xml, "riverside-health\n90210001"), computed with Python's hmac module
    assertEquals("e7ecd8c8cdabbef352a192248cf834dc51ba4b479517966e9914a9d8146e7e28", value(crm, 0, "record_id_hash"));
    for (Object[] row : crm.rows()) {
      for (Object v : row) {
        String s = String.valueOf(v);
        assertFalse(s.contains("@") || s.contains("Patient") || s.contains("555-0100") || s.contains("90210001"), s);
      }
    }
    assertEquals(1250.0, value(crm, 0, "recent_deal_amount"));
    assertEquals(Instant.parse("2026-10-28T10:00:00Z"), value(crm, 0, "became_customer_at"));
    assertNull(value(crm, 1, "became_customer_at"));
  }

  @Test
  void readsAdsSpendWithThousandsSeparatorsAndOngoingEndDate() throws Exception {
    ParsedMember ads = one(sample("ads", "Riverside-Health-Campaigns-Oct-1-2026-Oct-31-2026.csv"), "ads");
    assertEquals("ads_campaigns", ads.format().name());
    assertEquals(1840.55, value(ads, 0, "amount_spent_usd"));
    assertEquals(612.0, value(ads, 1, "amount_spent_usd"));
    assertEquals(LocalDate.of(2026, 10, 31), value(ads, 0, "campaign_end_date"));
    assertNull(value(ads, 1, "campaign_end_date"), "Ongoing");
    assertEquals(184220 + 52010, sumLong(ads, "impressions"));
  }

  @Test
  void readsTheReferenceOrganizationsAndPages() throws Exception {
    ParsedMember orgs = one(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("tests/fixtures/land/inbox/_reference/2026-11-01/organizations.csv")), "_reference");
    assertEquals("ref_organizations", orgs.format().name());
    assertEquals("northstar-agency", value(orgs, 0, "agency_id"));
    ParsedMember pages = one(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("tests/fixtures/land/inbox/_reference/2026-11-01/pages.csv")), "_reference");
    assertEquals("ref_pages", pages.format().name());
    assertEquals(4, pages.rowsLanded());
    assertNull(value(pages, 0, "timezone"));
  }
}
