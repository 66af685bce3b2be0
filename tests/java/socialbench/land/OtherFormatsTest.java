package socialbench.land;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static socialbench.land.Parsing.one;
import static socialbench.land.Parsing.sumLong;
import static socialbench.land.Parsing.value;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Formats without a shared sample: tiny files in their native layouts, built here. */
class OtherFormatsTest {
  private static final Object[] UPDATES_HEADER = {
    "Update title", "Update link", "Update type", "Campaign name", "Posted by", "Created date", "Campaign start date",
    "Campaign end date", "Audience", "Impressions", "Video views", "Clicks", "Click through rate (CTR)", "Likes", "Comments",
    "Shares", "Follows", "Engagement rate"
  };

  @Test
  void readsTheOlderXExportThatSaysFavorites() {
    ParsedMember x =
        one(
            "\"Tweet id\",\"Tweet permalink\",\"Tweet text\",\"time\",\"impressions\",\"engagements\",\"favorites\"\n"
                + "\"1\",\"https://twitter.com/a/status/1\",\"hi\",\"2021-04-30 17:00 +0000\",\"2633.0\",\"12.0\",\"7.0\"\n",
            "x");
    assertEquals("x_tweet_activity", x.format().name());
    assertEquals(7L, value(x, 0, "likes"));
    assertEquals(2633L, value(x, 0, "impressions"));
    assertEquals(Instant.parse("2021-04-30T17:00:00Z"), value(x, 0, "published_at"));
    assertNull(value(x, 0, "retweets"), "a column the file does not carry is NULL");
  }

  @Test
  void readsTheXAccountDailyExport() {
    ParsedMember d =
        one("\"Date\",\"Tweets published\",\"impressions\",\"engagements\",\"engagement rate\"\n"
            + "\"2026-10-01\",\"2\",\"1,234\",\"40\",\"3.2%\"\n", "x");
    assertEquals("x_account_daily", d.format().name());
    assertEquals(1234L, value(d, 0, "impressions"));
    assertEquals(0.032, (Double) value(d, 0, "engagement_rate"), 1e-12);
  }

  @Test
  void readsTheMetaBusinessSuiteFacebookContentExport() {
    ParsedMember fb =
        one("Post ID,Page ID,Page name,Title,Description,Duration (sec),Publish time,Permalink,Post type,Data comment,Date,Views,Reach,Reactions,Comments,Shares,Total clicks\n"
            + "9001,112233445566778,Riverside Health,,Flu clinic,0,10/02/2026 13:00,https://facebook.com/9001,Photos,,Lifetime,5000,3000,120,8,4,55\n", "facebook");
    assertEquals("facebook_content", fb.format().name());
    assertEquals(120L, value(fb, 0, "reactions"));
    assertEquals(55L, value(fb, 0, "total_clicks"));
    assertNull(value(fb, 0, "title"), "empty is NULL, for text too");
  }

  @Test
  void readsLinkedinUpdatesFromXlsxWithANoteRowAboveTheHeader() throws Exception {
    byte[] xlsx =
        Workbooks.xlsx(
            "Update metrics",
            new Object[] {"All metrics are lifetime values"},
            UPDATES_HEADER,
            new Object[] {"Flu shots", "https://www.linkedin.com/feed/update/1", "Organic", null, "Ann", "10/05/2026", null, null,
              "All followers", 1200, null, 30, 0.025, 14, 2, 3, 1, 0.0417},
            new Object[] {"Nurses week", "https://www.linkedin.com/feed/update/2", "Organic", null, "Ann", "10/20/2026", null, null,
              "All followers", 800, 90, 12, "1.5%", 9, 0, 1, 0, "3%"});
    ParsedMember li = one(xlsx, "linkedin");
    assertEquals("!Update metrics", li.suffix());
    assertEquals("linkedin_updates", li.format().name());
    assertEquals(2, li.rowsLanded());
    assertEquals(2000, sumLong(li, "impressions"));
    assertEquals(LocalDate.of(2026, 10, 5), value(li, 0, "created_date"));
    assertEquals(0.025, value(li, 0, "click_through_rate"));
    assertEquals(0.015, (Double) value(li, 1, "click_through_rate"), 1e-12);
    assertNull(value(li, 0, "video_views"));
    assertEquals(90L, value(li, 1, "video_views"));
  }

  @Test
  void readsLinkedinFollowersFromXls() throws Exception {
    byte[] xls =
        Workbooks.xls(
            "New followers",
            new Object[] {"Date", "Sponsored followers", "Organic followers", "Total followers"},
            new Object[] {"10/01/2026", 0, 12, 12},
            new Object[] {"10/02/2026", 2, 7, 9});
    ParsedMember li = one(xls, "linkedin");
    assertEquals("linkedin_followers", li.format().name());
    assertEquals(21, sumLong(li, "total_followers"));
    assertEquals(LocalDate.of(2026, 10, 2), value(li, 1, "date"));
  }

  @Test
  void readsTiktokContentAndFollowers() {
    ParsedMember c =
        one("Video title,Video link,Post time,Total likes,Total comments,Total shares,Total views\n"
            + "Meet our NICU nurses,https://www.tiktok.com/@rh/video/1,2026-10-05 18:30:00,1500,40,12,30000\n", "tiktok");
    assertEquals("tiktok_content", c.format().name());
    assertEquals(Instant.parse("2026-10-05T18:30:00Z"), value(c, 0, "post_time"));
    assertEquals(30000L, value(c, 0, "total_views"));
    ParsedMember f = one("Date,Followers,Difference in followers from previous day\n2026-10-01,5100,12\n2026-10-02,5095,-5\n", "tiktok");
    assertEquals("tiktok_followers", f.format().name());
    assertEquals(7, sumLong(f, "followers_change"));
  }

  @Test
  void readsTheCanonicalPostsAndPageDailyCsvs() {
    ParsedMember p =
        one("post_id,page_id,platform,published_at,post_type,permalink,message,impressions,reach,likes,comments,shares,saves,clicks,video_views\n"
            + "p1,pg1,tiktok,2026-10-05T18:30:00+02:00,video,https://x.example/p1,hello,100,80,5,1,0,,3,70\n", "tiktok");
    assertEquals("canonical_posts", p.format().name());
    assertEquals(Instant.parse("2026-10-05T16:30:00Z"), value(p, 0, "published_at"));
    assertNull(value(p, 0, "saves"), "empty = not reported");
    ParsedMember d =
        one("date,page_id,platform,followers,followers_gained,followers_lost,impressions,reach,page_views\n"
            + "2026-10-01,pg1,tiktok,5000,20,3,900,700,40\n", "tiktok");
    assertEquals("canonical_page_daily", d.format().name());
    assertEquals(17L, (Long) value(d, 0, "followers_gained") - (Long) value(d, 0, "followers_lost"));
  }

  @Test
  void opensGzipTransparently() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write("org_id,name,industry,segment,country,agency_id\nacme,Acme,retail,smb,DE,\n".getBytes(StandardCharsets.UTF_8));
    }
    ParsedMember m = one(bytes.toByteArray(), "_reference");
    assertEquals("ref_organizations", m.format().name());
    assertEquals("acme", value(m, 0, "org_id"));
    assertNull(value(m, 0, "agency_id"));
  }
}
