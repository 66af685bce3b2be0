package socialbench.report;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.Resources;

/** A query of {@code sql/report/} run with named parameters (bound, never spliced into the text). */
final class ReportSql {
  private ReportSql() {}

  static List<Row> run(SparkSession spark, String name, Map<String, Object> parameters) {
    return spark.sql(read("sql/report/" + name + ".sql"), parameters).collectAsList();
  }

  static String read(String resource) {
    return Resources.text(resource);
  }
}
