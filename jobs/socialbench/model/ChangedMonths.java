package socialbench.model;

import static org.apache.spark.sql.functions.add_months;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.last_day;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.trunc;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.DeclaredTable;
import socialbench.runtime.TableWriter;

/**
 * {@code ops.changed_months}: the months older than the ones bench recomputes anyway whose rows of a
 * tracked dw table ({@code -- tracks:} in the model) night D changed — a late file or a corrected
 * re-export of an old day. Bench recomputes them too (sql/bench/touched_months.sql).
 *
 * <p>Computed before the write, from the rows the night is about to write against the stored rows they
 * replace (the slice, or the rows with the merged keys): a month is changed when a row of it differs in a
 * tracked column, appears or disappears. Months are only ever added for a date, so re-running a night
 * whose first run already wrote its tables (and so sees no difference) keeps what the first run found.
 *
 * <p>A changed row on a month's last day also records the next month: that month starts from the month-end
 * value (followers_start, size band, growth and churn of bench.page_month read it).
 */
final class ChangedMonths {
  /** Columns, types and comments: sql/ops/changed_months.sql. */
  static final DeclaredTable TABLE = DeclaredTable.load("sql/ops/changed_months.sql");

  private final SparkSession spark;
  private final TableWriter writer;
  private final LocalDate date;

  ChangedMonths(SparkSession spark, TableWriter writer, LocalDate date) {
    this.spark = spark;
    this.writer = writer;
    this.date = date;
  }

  /**
   * The first month bench recomputes anyway for {@code date} (its own month, or the previous one on days
   * 1–7: sql/bench/touched_months.sql); only months before it are recorded.
   */
  static LocalDate firstRoutineMonth(LocalDate date) {
    LocalDate month = date.withDayOfMonth(1);
    return date.getDayOfMonth() <= 7 ? month.minusMonths(1) : month;
  }

  /** Records the changed older months of a slice write (stored rows matching {@code predicate} against {@code rows}). */
  void beforeSlice(ModelFile m, Dataset<Row> rows, String predicate) {
    record(m, spark.table(m.name()).where(predicate), rows);
  }

  /** Records the changed older months of a merge (stored rows with the merged keys against {@code rows}). */
  void beforeMerge(ModelFile m, Dataset<Row> rows) {
    Dataset<Row> stored = spark.table(m.name());
    record(m, stored.join(rows, SameKey.of(stored, rows, m.write().keys()), "left_semi"), rows);
  }

  /** Records the changed older months of a removal (stored rows whose keys are in {@code keys}: they disappear). */
  void beforeRemove(ModelFile m, Dataset<Row> keys) {
    if (m.tracks() == null) return;
    Dataset<Row> stored = spark.table(m.name());
    record(m, stored.join(keys, SameKey.of(stored, keys, m.removes().keys()), "left_semi"), stored.limit(0));
  }

  private void record(ModelFile m, Dataset<Row> stored, Dataset<Row> night) {
    ModelFile.Tracking t = m.tracks();
    if (t == null) return;
    Column[] cols = (t.columns().isEmpty() ? m.columns().stream().map(ModelFile.Column::name).toList() : t.columns())
        .stream().map(c -> col("`" + c + "`")).toArray(Column[]::new);
    Date first = Date.valueOf(firstRoutineMonth(date));
    Column day = col("`" + t.dateColumn() + "`");
    // Only rows dated before the first routine month can name an older month (a row's month, or the next
    // one, is never earlier than its day), and the date column is one of the grouped columns, so both sides
    // are filtered first: the stored scan prunes files by the date's statistics and a night of recent rows
    // compares nothing.
    Column older = day.lt(lit(first));
    // The rows that differ: those whose count differs between the stored rows and the night's (stored
    // counted +1, the night's -1, grouped on every tracked column; NULLs group together). This is what
    // before.exceptAll(after) ∪ after.exceptAll(before) finds, in one scan of each side instead of two.
    Dataset<Row> differing = stored.where(older).select(cols).withColumn("_side", lit(1))
        .unionAll(night.where(older).select(cols).withColumn("_side", lit(-1)))
        .groupBy(cols).agg(sum("_side").as("_n"))
        .where(col("_n").notEqual(0));
    TreeSet<LocalDate> months = new TreeSet<>();
    Column monthOfDay = trunc(day, "MM");
    // A row's month, and the next month too when the row is of a month's last day (NULL otherwise, dropped).
    Dataset<Row> changed = differing.select(explode(array(monthOfDay, when(day.equalTo(last_day(day)), add_months(monthOfDay, 1)))).as("month"));
    for (Row r : changed.where(col("month").lt(first)).distinct().collectAsList()) {
      months.add(r.getDate(0).toLocalDate());
    }
    if (months.isEmpty()) return;
    if (spark.catalog().tableExists("ops", "changed_months")) {
      for (Row r : spark.table(TABLE.spec().name())
          .where(col("logical_date").equalTo(Date.valueOf(date)).and(col("table_name").equalTo(m.name())))
          .select("month").collectAsList()) {
        months.remove(r.getDate(0).toLocalDate());
      }
    }
    if (months.isEmpty()) return;
    List<Row> out = new ArrayList<>();
    for (LocalDate month : months) out.add(RowFactory.create(Date.valueOf(date), m.name(), Date.valueOf(month)));
    writer.append(TABLE.spec(), spark.createDataFrame(out, TABLE.schema()));
  }
}
