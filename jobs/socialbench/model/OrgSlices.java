package socialbench.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;

/** The replaceWhere predicate of per-organization slices of a date column (docs/model.md, "Slices"). */
final class OrgSlices {
  private OrgSlices() {}

  /**
   * {@code (org_id in ('a', 'b') and date >= DATE'2026-11-01') or …} from (org_id, from_date) rows, grouped by
   * date; NULL when there are none (nothing to replace). For {@code write: slice} tables, whose model writes
   * each organization's own range ({@code merge … within} replaces one slice for all: MergeWithinSlices.slice).
   */
  static String predicate(String column, List<Row> fromDates) {
    Map<LocalDate, List<String>> byDate = new TreeMap<>();
    for (Row r : fromDates) {
      LocalDate from = r.isNullAt(1) ? LocalDate.MAX : r.getDate(1).toLocalDate();
      byDate.computeIfAbsent(from, d -> new ArrayList<>()).add(r.getString(0));
    }
    if (byDate.isEmpty()) return null;
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<LocalDate, List<String>> e : byDate.entrySet()) {
      if (sb.length() > 0) sb.append(" or ");
      sb.append("(org_id in (");
      List<String> orgs = e.getValue();
      for (int i = 0; i < orgs.size(); i++) {
        if (i > 0) sb.append(", ");
        sb.append('\'').append(orgs.get(i).replace("\\", "\\\\").replace("'", "\\'")).append('\'');
      }
      sb.append(") and `").append(column).append("` >= DATE'").append(e.getKey()).append("')");
    }
    return sb.toString();
  }

  /** The earliest from_date of (org_id, from_date) rows; NULL when none has one. */
  static LocalDate earliest(List<Row> fromDates) {
    LocalDate min = null;
    for (Row r : fromDates) {
      if (r.isNullAt(1)) continue;
      LocalDate d = r.getDate(1).toLocalDate();
      if (min == null || d.isBefore(min)) min = d;
    }
    return min;
  }
}
