package socialbench.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** One SQL file of {@code sql/bench/} (a single SELECT with named parameters such as {@code :month_start}). */
public record SqlModel(String name, String text) {

  /** Loads {@code sql/bench/<name>.sql} from the classpath (the jar carries {@code sql/}). */
  public static SqlModel load(String name) {
    String resource = "sql/bench/" + name + ".sql";
    try (InputStream in = SqlModel.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing SQL model on the classpath: " + resource);
      return new SqlModel(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Runs the query with its parameters bound by name (never spliced into the text). */
  public Dataset<Row> run(SparkSession spark, Map<String, Object> parameters) {
    return spark.sql(text, parameters);
  }
}
