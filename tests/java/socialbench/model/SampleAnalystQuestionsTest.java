package socialbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.testing.DirectoryCopy;
import socialbench.testing.SampleNight;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * The shared sample exports (tests/fixtures/land/inbox, in the inbox layout) through the night of 2026-11-01
 * ({@link SampleNight}: {@code nightly} on the command line, built once per Maven run and copied here), then
 * the analyst questions of issue 5 asked in SQL of the dw tables. Every expected number is added up by hand from
 * the sample files (the sums are written out next to each).
 */
@ExtendWith(SparkTestExtension.class)
class SampleAnalystQuestionsTest {
  private static TestWarehouse wh;

  @BeforeAll
  static void theSampleNight(TestWarehouse warehouse) throws IOException {
    wh = warehouse;
    SampleNight.copyInto(wh, DirectoryCopy.of(Path.of("tests/fixtures/land/inbox"), wh.dir().resolve("inbox")));
    wh.catalog().registerAll();
    // the night the tables come from: land and model succeeded for 2026-11-01
    assertEquals("land|succeeded; model|succeeded", rows("select concat_ws('|', job, status) from ops.runs "
        + "where logical_date = date'2026-11-01' and job in ('land', 'model') order by job"));
  }

  private static String rows(String sql) {
    return wh.spark().sql(sql).collectAsList().stream().map(Row::mkString).map(s -> s.replace("null", "NULL"))
        .collect(Collectors.joining("; "));
  }

  @Test
  void octoberPostsEngagementsAndImpressionsPerPlatformMatchTheExports() {
    String perPlatform = rows("""
        select concat_ws('|', platform, cast(count(*) as string), coalesce(cast(sum(engagements_latest) as string), 'NULL'),
               cast(sum(impressions_latest) as string))
        from dw.fct_post
        where published_date between date'2026-10-01' and date'2026-10-31'
        group by platform order by platform""");
    assertEquals(String.join("; ",
        // Facebook Insights: like 416 + comment 72 + share 86 stories; impressions 10,486 + 4,953 + 16,337 + 8,912
        "facebook|4|574|40688",
        // Instagram: likes 587 + shares 46 + comments 66 + saves 101; views 15,948 + 3,129 + 10,325
        "instagram|3|800|29402",
        // X: likes + replies + retweets 223 (likes 158); impressions 6,105 + 1,750 + 1,944 + 1,813 + 2,981
        "x|5|223|14593",
        // YouTube Table data carries no likes/comments, so engagements are unknown (NULL), views are impressions
        "youtube|2|NULL|90660"), perPlatform);
  }

  @Test
  void facebookFollowersGainedPerDayComeFromTheFollowsSeries() {
    String gained = rows("""
        select concat_ws('|', cast(date as string), cast(followers_gained as string))
        from dw.fct_page_daily
        where platform = 'facebook' and date between date'2026-10-01' and date'2026-10-03'
        order by date""");
    // "Facebook follows.csv": 2026-10-01 15, 10-02 10, 10-03 23
    assertEquals("2026-10-01|15; 2026-10-02|10; 2026-10-03|23", gained);
  }

  @Test
  void xLinkClicksOfTheNightSumTheTweetsUrlClicks() {
    // url clicks 34 + 0 + 3 + 14 + 0
    assertEquals("51", rows("select cast(sum(clicks_latest) as string) from dw.fct_post where platform = 'x'"));
  }
}
