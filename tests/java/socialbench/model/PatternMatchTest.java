package socialbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * matches_pattern answers what rlike answers (a find anywhere in the text, inline flags, NULL with a NULL input),
 * for rule patterns of the kinds conf/model.conf holds, in the same query as rlike over the same rows.
 */
@ExtendWith(SparkTestExtension.class)
class PatternMatchTest {

  @Test
  void answersLikeRlikeForEachCase(TestWarehouse wh) {
    PatternMatch.register(wh.spark());
    List<Row> rows = wh.spark().sql("""
        select text, pattern, matches_pattern(text, pattern) as ours, text rlike pattern as spark
        from values
          ('Join our team at the clinic', '(?i)\\\\bjoin our team\\\\b'),
          ('JOINING the team', '(?i)\\\\bjoin our team\\\\b'),
          ('m.facebook.com / referral', '(^|[./ ])(facebook|fb)(\\\\.com)?([ /]|$)|^m\\\\.facebook'),
          ('instagram.com', '^facebook'),
          ('Reel', '(?i)^reels?$'),
          ('', '(?i)^$'),
          (cast(null as string), 'x'),
          ('x', cast(null as string))
          as t(text, pattern)
        """).collectAsList();
    List<Boolean> expected = java.util.Arrays.asList(true, false, true, false, true, true, null, null);
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      assertEquals(expected.get(i), r.isNullAt(2) ? null : r.getBoolean(2), "matches_pattern, case " + i);
      assertEquals(r.isNullAt(3) ? null : r.getBoolean(3), r.isNullAt(2) ? null : r.getBoolean(2), "same as rlike, case " + i);
    }
    assertEquals(8, rows.size());
  }

  /** The bundled topic dictionary (conf/model.conf), one pattern per topic: keywords count as whole words only. */
  @Test
  void findsTopicsByWholeKeywords(TestWarehouse wh) {
    new ConfigViews(wh.spark(), wh.settings().config()).register();
    assertEquals(List.of("careers", "conditions", "drugs", "locations", "technology"),
        topics(wh, "Flu shot at the downtown clinic. Nurses: JOIN OUR TEAM! New MRI."));
    // robotics, hearts, running, jobsite, eventful: a keyword inside a longer word is no topic
    assertEquals(List.of(), topics(wh, "Robotics hearts running jobsite eventful"));
    // punctuation and digits around a keyword: a letter or digit next to it is part of the word
    assertEquals(List.of("conditions", "events"), topics(wh, "(heart)/walk-2026"));
    assertEquals(List.of(), topics(wh, "heart2heart walk2026"));
    assertEquals(6, wh.spark().sql("select * from cfg_topic_keywords").count());
  }

  private static List<String> topics(TestWarehouse wh, String message) {
    return wh.spark().sql("select topic from cfg_topic_keywords where matches_pattern(:m, pattern) order by topic",
        java.util.Map.of("m", message)).as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
  }

  @Test
  void keepsAnsweringPastTheCacheBound() {
    for (int i = 0; i <= PatternMatch.MAX_CACHED + 5; i++) {
      assertEquals(true, PatternMatch.matches("rule " + i, "rule " + i + "$"));
    }
    assertEquals(false, PatternMatch.matches("rule 1", "rule 2"));
    assertNull(PatternMatch.matches(null, "rule"));
  }
}
