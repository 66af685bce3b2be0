package socialbench.bench;

import org.apache.spark.sql.SparkSession;

/**
 * Registers the view {@code stored_page_months (month, is_final)}: each month already in
 * {@code bench.page_month} and whether it is final there. page_month.sql keeps a final month final when an
 * older night is re-run; touched_months.sql recomputes a stored month that is due to become final.
 * Empty before the first bench run.
 */
public final class StoredPageMonths {
  static final String VIEW = "stored_page_months";

  private StoredPageMonths() {}

  public static void register(SparkSession spark) {
    if (spark.catalog().tableExists("bench", "page_month")) {
      spark.sql("select month, bool_or(is_final) as is_final from bench.page_month group by month")
          .createOrReplaceTempView(VIEW);
    } else {
      spark.sql("select cast(null as date) as month, cast(null as boolean) as is_final where false")
          .createOrReplaceTempView(VIEW);
    }
  }
}
