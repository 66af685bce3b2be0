package socialbench.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The months a night recomputes for logical date D (rules in {@code sql/bench/touched_months.sql}). Also
 * registers the views the bench models read besides dw and bench tables: {@code night_changed_months} and
 * {@code stored_page_months} ({@link StoredPageMonths}).
 */
public final class TouchedMonths {
  private TouchedMonths() {}

  public static List<LocalDate> of(SparkSession spark, LocalDate date) {
    // Warehouses whose model never recorded a changed older month have no ops.changed_months.
    if (spark.catalog().tableExists("ops", "changed_months")) {
      spark.table("ops.changed_months").createOrReplaceTempView("night_changed_months");
    } else {
      spark.sql("select cast(null as date) as logical_date, cast(null as date) as month where false")
          .createOrReplaceTempView("night_changed_months");
    }
    StoredPageMonths.register(spark);
    return SqlModel.load("touched_months").run(spark, Map.of("as_of_date", java.sql.Date.valueOf(date)))
        .collectAsList().stream()
        .map(r -> r.getDate(0).toLocalDate())
        .toList();
  }
}
