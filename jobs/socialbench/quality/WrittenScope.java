package socialbench.quality;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import socialbench.model.ModelFile;
import socialbench.model.WrittenSlices.Written;

/**
 * {@code scope = written}: a check of the rows of a table model that the night's model run wrote
 * ({@code ops.written_slices}), so that its cost follows the night and not the table's history. Older rows
 * were checked by the nights that wrote them.
 *
 * <p>The table's model writes slices of a date column ({@code write: slice COLUMN …} or
 * {@code merge … within COLUMN}); the check reads its rows where that column is on or after the night's
 * earliest replaced date, or NULL. It reads the whole table when the night wrote it whole, or when no model run
 * of the night recorded what it wrote (a warehouse older than ops.written_slices, a {@code check} of a night
 * never modelled), and no row but the NULL ones when the night wrote nothing of it.
 *
 * <p>A relationship check also follows what the night wrote of the referenced table: every row is checked
 * when that table was written whole (a dimension rebuilt from a new reference export) or not recorded, and
 * the rows from the referenced table's earliest replaced date when that one is earlier.
 *
 * <p>What it cannot see: a key duplicated across the slice's start. The keys of the tables merged within a
 * date column ({@code dim_post}, {@code fct_post}, {@code fct_lead_funnel}) do not hold the date, and the model
 * puts a row whose date moved back into the slice with its stored day (socialbench.model.MergeWithinSlices);
 * the key of every other sliced table holds its date, so both rows of a duplicate are on the same side.
 */
final class WrittenScope {
  static final String KEYWORD = "written";

  /** The bound value that selects every row (with {@code >=}). */
  static final LocalDate EVERY_ROW = LocalDate.of(1, 1, 1);

  /** The bound value that selects no dated row. */
  static final LocalDate NO_DATED_ROW = LocalDate.of(9999, 12, 31);

  private WrittenScope() {}

  /**
   * The predicate of check {@code c} of model {@code m}'s table with {@code scope = written}; an error naming
   * {@code file} when the table is not written as date slices or the check's type ignores its scope.
   */
  static String predicate(String file, ModelFile m, CheckSpec c) {
    if (c.type() == CheckType.FAILING_ROWS || c.type() == CheckType.ROW_COUNT_ANOMALY) {
      throw new IllegalArgumentException(file + ": check " + c.id() + ": a " + c.type() + " check does not use a scope; remove scope = written");
    }
    if (m == null || m.write().sliceColumn() == null) {
      throw new IllegalArgumentException(file + ": check " + c.id() + ": scope = written needs a table a model writes as date slices ("
          + "write: slice COLUMN … or merge … within COLUMN); " + c.table() + " is " + (m == null ? "not a model's table" : "written whole (write: " + m.write().how().toString().toLowerCase() + ")"));
    }
    return predicate(m.write().sliceColumn(), parameter(c));
  }

  static String predicate(String column, String parameter) {
    String col = "`" + column + "`";
    return "(" + col + " >= :" + parameter + " or " + col + " is null)";
  }

  /** The named parameter of a check's written scope: one per table, and per table and referenced table. */
  static String parameter(CheckSpec c) {
    return c.type() == CheckType.RELATIONSHIP ? parameter(c.table()) + "_to_" + c.references().replace('.', '_') : parameter(c.table());
  }

  static String parameter(String table) {
    return "written_from_" + table.replace('.', '_');
  }

  /** The value of each check's written parameter, from what night's model runs wrote ({@code written}). */
  static Map<String, Object> parameters(List<CheckSpec> checks, Map<String, Written> written) {
    Map<String, Object> out = new HashMap<>();
    for (CheckSpec c : checks) {
      LocalDate from = from(written.get(c.table()));
      if (c.type() == CheckType.RELATIONSHIP) {
        Written ref = written.get(c.references());
        if (ref == null || ref.kind() == Written.Kind.WHOLE) {
          from = EVERY_ROW;
        } else if (ref.kind() == Written.Kind.FROM && ref.from() != null && ref.from().isBefore(from)) {
          from = ref.from();
        }
      }
      out.put(parameter(c), Date.valueOf(from));
    }
    return out;
  }

  private static LocalDate from(Written w) {
    if (w == null || w.kind() == Written.Kind.WHOLE) return EVERY_ROW;
    if (w.kind() == Written.Kind.NOTHING || w.from() == null) return NO_DATED_ROW;
    return w.from();
  }
}
