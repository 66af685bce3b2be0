package socialbench.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Registers the analyst views of {@code sql/views/} in a session (as temporary views: the warehouse
 * directory is the catalog, so views live in the session that asks for them).
 */
public final class AnalystViews {
  public static final List<String> VIEWS = List.of("client_vs_industry", "audience_quality_overview", "best_time_heatmap");

  private AnalystViews() {}

  public static void register(SparkSession spark) {
    for (String view : VIEWS) {
      spark.sql(read("sql/views/" + view + ".sql"));
    }
  }

  static String read(String resource) {
    try (InputStream in = AnalystViews.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing on the classpath: " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
