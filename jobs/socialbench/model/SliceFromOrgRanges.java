package socialbench.model;

import java.time.LocalDate;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import socialbench.runtime.TableWriter;

/**
 * {@code -- write: slice COLUMN from VIEW} (dw.fct_page_daily, dw.fct_conversion_daily, …): VIEW gives each
 * organization's first day ({@code org_id, from_date}); the model's rows replace that organization's stored
 * rows with COLUMN on or after it, and every other stored row stays.
 *
 * <p>Written as one replaced slice from the earliest of those days, for every organization: the model's rows
 * plus the slice's stored rows that no organization's range covers (an organization's days between the
 * earliest day and its own first day, and the days of organizations without a range tonight), written back as
 * they were. Not one slice per organization: Delta copies the rows of each replaced file that fall outside the
 * predicate into a new file, and with a start per organization that file would hold one organization's days
 * inside another's range; every later night whose organizations start on different days (late files, a
 * re-downloaded export, CRM stages that moved back) would replace that file again and copy it once more, with
 * every older row it had collected, so a night's cost would grow with the history. Copied rows now all lie
 * before the night's earliest day. The same reasoning and the same shape as {@link MergeWithinSlices}.
 *
 * <p>The reference folder's row of {@code scope_orgs} ({@link NightScope#REFERENCE}, the earliest reference
 * export landed tonight) is not an organization: no table holds rows of it, and a backlog of old reference
 * files must not widen the slice of every organization to their day.
 */
final class SliceFromOrgRanges {
  private final SparkSession spark;

  SliceFromOrgRanges(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * Writes {@code checkpointed} ({@code n} rows, materialised) into {@code m}'s table; records changed months first.
   * Returns the replaced slice's first day, or NULL when the range view names no day (nothing is written).
   */
  LocalDate write(ModelFile m, Dataset<Row> checkpointed, long n, TableWriter writer, ChangedMonths changed) {
    String column = m.write().sliceColumn();
    if (m.columns().stream().noneMatch(c -> c.name().equals("org_id"))) {
      throw new IllegalStateException(m.path() + ": 'slice " + column + " from " + m.write().sliceView()
          + "' replaces each organization's rows from its first day: the table needs an org_id column");
    }
    // A local checkpoint's plan inside a larger one can fail when Spark re-instantiates its attributes (seen
    // in a perf night's model stage; CheckpointRows).
    Dataset<Row> rows = CheckpointRows.reusable(spark, checkpointed);
    Dataset<Row> ranges = spark.table(m.write().sliceView())
        .select(functions.col("org_id"), functions.col("from_date").as("_range_from"))
        .where(functions.col("_range_from").isNotNull().and(functions.col("org_id").notEqual(NightScope.REFERENCE)));
    Row min = ranges.agg(functions.min("_range_from")).first();
    if (min.isNullAt(0)) {
      if (n > 0) {
        throw new IllegalStateException(m.path() + ": " + n + " rows but " + m.write().sliceView() + " gives no organization a first day");
      }
      return null;
    }
    LocalDate earliest = min.getDate(0).toLocalDate();
    String predicate = slice(column, earliest);
    Column day = functions.col("`" + column + "`");
    Column[] rowCols = Arrays.stream(rows.columns()).map(c -> functions.col("`" + c + "`")).toArray(Column[]::new);
    // Stored rows of the slice outside every organization's range: before their organization's first day, or
    // of an organization without a range tonight.
    Dataset<Row> kept = spark.table(m.name()).where(predicate)
        .join(functions.broadcast(ranges), "org_id", "left")
        .where(functions.col("_range_from").isNull().or(day.lt(functions.col("_range_from"))))
        .select(rowCols);
    // The kept rows materialised before the write: they are read from files the write replaces. Tonight's rows
    // are already.
    Dataset<Row> out = rows.unionAll(CheckpointRows.reusable(spark, kept.localCheckpoint(true)));
    changed.beforeSlice(m, out, predicate);
    writer.replaceSlice(m.tableSpec(), out, predicate);
    return earliest;
  }

  /** The replaced slice: every row with COLUMN on or after the night's earliest day, of every organization. */
  static String slice(String column, LocalDate earliest) {
    return "`" + column + "` >= DATE'" + earliest + "'";
  }
}
