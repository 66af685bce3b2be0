package socialbench.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Compares a DataFrame with expected rows, ignoring order, and fails with a readable diff of the rows
 * that are missing and the rows that are unexpected. (spark-testing-base has no Spark 4 release, so
 * socialbench carries this small helper.) Doubles compare to 9 significant digits; numbers of other
 * types compare by value ({@code 3} equals {@code 3L} equals {@code 3.0}).
 */
public final class DataFrameAssert {
  private DataFrameAssert() {}

  /** A row for the expectations: {@code row("a", 1, null)}. */
  public static List<Object> row(Object... values) {
    return Arrays.asList(values);
  }

  @SafeVarargs
  public static void assertRows(Dataset<Row> actual, List<Object>... expected) {
    assertRows(actual.collectAsList(), Arrays.asList(expected));
  }

  public static void assertRows(List<Row> actualRows, List<List<Object>> expected) {
    Map<String, Integer> want = new HashMap<>();
    for (List<Object> e : expected) want.merge(render(e), 1, Integer::sum);
    List<String> unexpected = new ArrayList<>();
    for (Row r : actualRows) {
      List<Object> vals = new ArrayList<>();
      for (int i = 0; i < r.length(); i++) vals.add(r.get(i));
      String key = render(vals);
      Integer n = want.get(key);
      if (n == null) {
        unexpected.add(key);
      } else if (n == 1) {
        want.remove(key);
      } else {
        want.put(key, n - 1);
      }
    }
    if (unexpected.isEmpty() && want.isEmpty()) return;
    StringBuilder msg = new StringBuilder("rows differ (" + actualRows.size() + " actual, " + expected.size() + " expected)\n");
    want.forEach((k, n) -> msg.append("  missing    ").append(k).append(n > 1 ? " x" + n : "").append('\n'));
    unexpected.forEach(k -> msg.append("  unexpected ").append(k).append('\n'));
    fail(msg.toString());
  }

  static String render(List<Object> values) {
    StringBuilder sb = new StringBuilder("(");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) sb.append(", ");
      sb.append(renderValue(values.get(i)));
    }
    return sb.append(')').toString();
  }

  private static String renderValue(Object v) {
    if (v == null) return "null";
    if (v instanceof Double || v instanceof Float || v instanceof BigDecimal) {
      double d = ((Number) v).doubleValue();
      if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
      return new BigDecimal(d).round(new java.math.MathContext(9)).stripTrailingZeros().toPlainString();
    }
    if (v instanceof Number n) return Long.toString(n.longValue());
    if (v instanceof scala.collection.Seq<?> s) {
      return scala.jdk.javaapi.CollectionConverters.asJava(s).toString();
    }
    return v.toString();
  }
}
