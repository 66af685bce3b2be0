package socialbench.serve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import socialbench.bench.AnalystViews;
import socialbench.runtime.Resources;

/**
 * The analyst views of {@code sql/views/} for the SQL server. `socialbench sql` registers them as
 * temporary views, which live in one session only; the server gives every connection a session of its
 * own, so here they become catalog views of the {@code default} database that every connection sees.
 */
final class SharedAnalystViews {
  private static final Pattern TEMPORARY = Pattern.compile("(?i)\\bcreate\\s+or\\s+replace\\s+temp(?:orary)?\\s+view\\s+");

  private SharedAnalystViews() {}

  static void register(SparkSession spark) {
    for (String view : AnalystViews.VIEWS) {
      spark.sql(asCatalogView(read("sql/views/" + view + ".sql"), view));
    }
  }

  /** The text with its {@code create or replace temporary view NAME} made {@code create or replace view default.NAME}. */
  static String asCatalogView(String sql, String view) {
    Matcher m = TEMPORARY.matcher(sql);
    if (!m.find()) throw new IllegalStateException("sql/views/" + view + ".sql does not start with create or replace temporary view");
    return sql.substring(0, m.start()) + "create or replace view default." + sql.substring(m.end());
  }

  private static String read(String resource) {
    return Resources.text(resource);
  }
}
