package socialbench.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** The months a night recomputes for logical date D (rules in {@code sql/bench/touched_months.sql}). */
public final class TouchedMonths {
  private TouchedMonths() {}

  public static List<LocalDate> of(SparkSession spark, LocalDate date) {
    return SqlModel.load("touched_months").run(spark, Map.of("as_of_date", java.sql.Date.valueOf(date)))
        .collectAsList().stream()
        .map(r -> r.getDate(0).toLocalDate())
        .toList();
  }
}
