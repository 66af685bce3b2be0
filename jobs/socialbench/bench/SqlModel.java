package socialbench.bench;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.Resources;

/** One SQL file of {@code sql/bench/} (a single SELECT with named parameters such as {@code :month_start}). */
public record SqlModel(String name, String text) {

  /** Loads {@code sql/bench/<name>.sql} from the classpath (the jar carries {@code sql/}). */
  public static SqlModel load(String name) {
    return new SqlModel(name, Resources.text("sql/bench/" + name + ".sql"));
  }

  /** Runs the query with its parameters bound by name (never spliced into the text). */
  public Dataset<Row> run(SparkSession spark, Map<String, Object> parameters) {
    return spark.sql(text, parameters);
  }
}
