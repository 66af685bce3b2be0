package socialbench.report;

import java.time.LocalDate;
import org.apache.spark.sql.Row;

/** Null-safe reads of a Spark row's columns by name, whatever numeric type the SQL produced. */
final class Rows {
  private Rows() {}

  static String str(Row r, String col) {
    Object v = r.get(r.fieldIndex(col));
    return v == null ? null : v.toString();
  }

  static Double dbl(Row r, String col) {
    Object v = r.get(r.fieldIndex(col));
    return v == null ? null : ((Number) v).doubleValue();
  }

  static Long lng(Row r, String col) {
    Object v = r.get(r.fieldIndex(col));
    return v == null ? null : ((Number) v).longValue();
  }

  static Integer integer(Row r, String col) {
    Object v = r.get(r.fieldIndex(col));
    return v == null ? null : ((Number) v).intValue();
  }

  static Boolean bool(Row r, String col) {
    Object v = r.get(r.fieldIndex(col));
    return v == null ? null : (Boolean) v;
  }

  static LocalDate date(Row r, String col) {
    Object v = r.get(r.fieldIndex(col));
    if (v == null) return null;
    return v instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) v;
  }
}
