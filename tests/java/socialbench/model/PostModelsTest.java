package socialbench.model;

import static socialbench.model.Bronze.rec;
import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import java.io.PrintStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * Three nights of an X account (riverside) and a Facebook page: tweet t1 is exported on 11-01, 11-02 and
 * 11-08 (its likes fall on 11-02), tweet t2 from 11-02; follows/unfollows come in the account daily export.
 */
@ExtendWith(SparkTestExtension.class)
class PostModelsTest {
  static final LocalDate N1 = LocalDate.parse("2026-11-01");
  static final LocalDate N2 = LocalDate.parse("2026-11-02");
  static final LocalDate N8 = LocalDate.parse("2026-11-08");

  static void model(TestWarehouse wh, LocalDate night) {
    new ModelRunner(wh.spark(), wh.settings(), new PrintStream(OutputStream.nullOutputStream())).run(night, false);
  }

  @BeforeAll
  static void threeNights(TestWarehouse wh) {
    Bronze b = new Bronze(wh);
    b.land(N1, "ref_organizations", "_reference", "reference", N1, List.of(
        rec("org_id", "riverside", "name", "Riverside Health", "industry", "healthcare", "segment", "health_system", "country", "US", "agency_id", "north")));
    b.land(N1, "ref_pages", "_reference", "reference", N1, List.of(
        rec("org_id", "riverside", "platform", "x", "page_id", "RiversideHlth", "handle", "@RiversideHlth", "name", "Riverside", "timezone", "America/New_York", "followers", 1000)));
    b.land(N1, "x_tweet_activity", "riverside", "x", N1, List.of(
        rec("tweet_id", "t1", "tweet_text", "Flu shot clinic open https://rh.example/flu", "published_at", "2026-10-31T14:00Z",
            "impressions", 100, "engagements", 12, "retweets", 2, "replies", 1, "likes", 5, "url_clicks", 4)));
    b.land(N1, "x_account_daily", "riverside", "x", N1, List.of(
        rec("date", LocalDate.parse("2026-10-31"), "follows", 10, "unfollows", 2, "impressions", 500),
        rec("date", N1, "follows", 7, "unfollows", 1, "impressions", 300)));
    b.commitLedger();
    model(wh, N1);
    b.land(N2, "x_tweet_activity", "riverside", "x", N2, List.of(
        rec("tweet_id", "t1", "tweet_text", "Flu shot clinic open https://rh.example/flu", "published_at", "2026-10-31T14:00Z",
            "impressions", 150, "engagements", 14, "retweets", 3, "replies", 1, "likes", 4, "url_clicks", 6),
        rec("tweet_id", "t2", "tweet_text", "We are hiring nurses", "published_at", "2026-11-02T03:30Z",
            "impressions", 40, "engagements", 3, "retweets", 0, "replies", 1, "likes", 2, "url_clicks", 0)));
    b.commitLedger();
    model(wh, N2);
    b.land(N8, "x_tweet_activity", "riverside", "x", N8, List.of(
        rec("tweet_id", "t1", "tweet_text", "Flu shot clinic open https://rh.example/flu", "published_at", "2026-10-31T14:00Z",
            "impressions", 210, "engagements", 20, "retweets", 3, "replies", 2, "likes", 6, "url_clicks", 7)));
    b.commitLedger();
    model(wh, N8);
  }

  @Test
  void everyTableAndColumnCarriesAComment(TestWarehouse wh) {
    SparkSession spark = wh.spark();
    for (String t : CorrectionsAndConversionsTest.TABLES) {
      String comment = spark.sql("describe table extended dw." + t).where("col_name = 'Comment'").first().getString(1);
      org.junit.jupiter.api.Assertions.assertFalse(comment.isBlank(), t);
      for (org.apache.spark.sql.Row r : spark.sql("describe table dw." + t).collectAsList()) {
        if (r.getString(0).startsWith("#") || r.getString(0).isBlank()) continue;
        org.junit.jupiter.api.Assertions.assertNotNull(r.get(2), "dw." + t + "." + r.getString(0) + " has no comment");
      }
    }
  }

  @Test
  void keepsEverySnapshotWithCanonicalMetricsAndFlagsTheFallingLikes(TestWarehouse wh) {
    assertRows(wh.spark().sql("select post_id, cast(export_date as string), age_days, impressions, reach, likes, comments, shares, saves, clicks, "
            + "engagements, platform_engagements, has_decrease, page_id from dw.fct_post_snapshot"),
        row("t1", "2026-11-01", 1, 100, null, 5, 1, 2, null, 4, 8, 12, false, "RiversideHlth"),
        row("t1", "2026-11-02", 2, 150, null, 4, 1, 3, null, 6, 8, 14, true, "RiversideHlth"),
        row("t1", "2026-11-08", 8, 210, null, 6, 2, 3, null, 7, 11, 20, false, "RiversideHlth"),
        // t2 was published on 11-01 in New York (03:30 UTC on 11-02): one day old on 11-02
        row("t2", "2026-11-02", 1, 40, null, 2, 1, 0, null, 0, 3, 3, false, "RiversideHlth"));
  }

  @Test
  void turnsSnapshotsIntoIncrementsWithoutNegatives(TestWarehouse wh) {
    assertRows(wh.spark().sql("select post_id, cast(date as string), impressions_delta, likes_delta, comments_delta, clicks_delta, "
            + "reach_delta, engagements_delta, has_decrease from dw.fct_post_daily"),
        row("t1", "2026-11-01", 100, 5, 1, 4, null, 8, false),
        row("t1", "2026-11-02", 50, 0, 0, 2, null, 0, true),
        row("t1", "2026-11-08", 60, 1, 1, 1, null, 3, false),
        row("t2", "2026-11-02", 40, 2, 1, 0, null, 3, false));
  }

  @Test
  void describesPostsInThePageTimeZoneWithTypeObjectiveAndTopics(TestWarehouse wh) {
    assertRows(wh.spark().sql("select post_id, cast(published_at as string), cast(local_date as string), local_day_of_week, local_hour, "
            + "post_type, objective, topics from dw.dim_post"),
        row("t1", "2026-10-31 14:00:00", "2026-10-31", 6, 10, "link", "traffic", List.of("conditions", "drugs", "locations")),
        row("t2", "2026-11-02 03:30:00", "2026-11-01", 7, 22, "text", "engagement", List.of("careers")));
  }

  @Test
  void carriesFollowersFromThePagesSnapshotWithTheDailyNetChange(TestWarehouse wh) {
    assertRows(wh.spark().sql("select cast(date as string), followers, followers_gained, followers_lost, followers_net, impressions, "
            + "posts_published, followers_source from dw.fct_page_daily"),
        row("2026-10-31", null, 10, 2, 8, 500, 1, null),
        row("2026-11-01", 1000, 7, 1, 6, 300, 1, "snapshot"));
  }

  @Test
  void accumulatesDayOneSevenAndLatestPerPost(TestWarehouse wh) {
    assertRows(wh.spark().sql("select post_id, impressions_d1, impressions_d7, impressions_d28, impressions_latest, likes_d7, "
            + "cast(d7_snapshot_date as string), d7_is_final, cast(latest_snapshot_date as string), followers_at_publish from dw.fct_post"),
        row("t1", 100, 210, 210, 210, 6, "2026-11-08", true, "2026-11-08", null),
        row("t2", 40, 40, 40, 40, 2, "2026-11-02", false, "2026-11-02", 1000));
  }
}
