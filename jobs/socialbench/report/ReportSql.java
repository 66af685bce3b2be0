package socialbench.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** A query of {@code sql/report/} run with named parameters (bound, never spliced into the text). */
final class ReportSql {
  private ReportSql() {}

  static List<Row> run(SparkSession spark, String name, Map<String, Object> parameters) {
    return spark.sql(read("sql/report/" + name + ".sql"), parameters).collectAsList();
  }

  static String read(String resource) {
    try (InputStream in = ReportSql.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing on the classpath: " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
