package socialbench.model;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The join condition of a MERGE by key: null-safe equality of every key column between two datasets. */
final class SameKey {
  private SameKey() {}

  static Column of(Dataset<Row> left, Dataset<Row> right, List<String> keys) {
    Column on = null;
    for (String k : keys) {
      Column c = left.col("`" + k + "`").eqNullSafe(right.col("`" + k + "`"));
      on = on == null ? c : on.and(c);
    }
    return on;
  }
}
