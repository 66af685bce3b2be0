package socialbench.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;

/**
 * {@code matches_pattern(text, pattern)}: whether the Java regular expression {@code pattern} occurs in {@code text},
 * NULL when either is NULL: what Spark's {@code text rlike pattern} answers. The models match rows against the
 * rule patterns of conf/model.conf held in a column (post types, topic keywords, traffic sources); {@code rlike}
 * compiles such a pattern again for every row and rule (at SF10 about 4 million compilations, 35 s of CPU in
 * {@code dw.dim_post}), this function compiles each pattern once per JVM.
 */
public final class PatternMatch {
  /** The rules' patterns; more than this many distinct patterns and the cache starts over. */
  static final int MAX_CACHED = 1_000;
  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  private PatternMatch() {}

  /** Whether {@code pattern} is found in {@code text} ({@link java.util.regex.Matcher#find()}); NULL with a NULL input. */
  public static Boolean matches(String text, String pattern) {
    if (text == null || pattern == null) return null;
    Pattern p = COMPILED.get(pattern);
    if (p == null) {
      p = Pattern.compile(pattern);
      if (COMPILED.size() >= MAX_CACHED) COMPILED.clear();
      COMPILED.put(pattern, p);
    }
    return p.matcher(text).find();
  }

  /** Registers {@code matches_pattern} for the session's SQL. */
  public static void register(SparkSession spark) {
    if (spark.catalog().functionExists("matches_pattern")) return;
    spark.udf().register("matches_pattern", (UDF2<String, String, Boolean>) PatternMatch::matches, DataTypes.BooleanType);
  }
}
