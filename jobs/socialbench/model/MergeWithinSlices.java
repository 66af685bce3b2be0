package socialbench.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import socialbench.runtime.TableWriter;

/**
 * {@code -- write: merge KEYS within COLUMN} (dw.fct_post, dw.dim_post by published_date): the effect of a
 * MERGE by the key — tonight's rows replace the stored rows with their keys, every other row stays — written
 * as one replaced slice: the rows with COLUMN on or after the earliest COLUMN among tonight's rows and the
 * stored rows they replace (a post whose publish day moved leaves its old day too), plus the rows where
 * COLUMN is NULL ({@link #slice}); the slice's stored rows whose keys tonight does not bring are written back
 * as they were. With {@code replacing VIEW} the stored rows with tonight's
 * keys are read from that earlier view (the model's author keeps it equal to them) instead of a lookup of
 * tonight's keys in the whole table.
 *
 * <p>Why: a MERGE into an unpartitioned Delta table rewrites every file that holds one of its keys, and its
 * output mixes the rows of the files it rewrote, so after a few nights every file holds a recent post and
 * every night rewrites the whole table (its cost followed a year of history, docs/performance.md). A
 * replaced slice reads and rewrites only the files whose COLUMN statistics reach into the slice, and writes
 * tonight's slice into new files of its own, so files of older days stay untouched night after night. The
 * keys are looked up in the stored table on the key and COLUMN only.
 */
final class MergeWithinSlices {
  private final SparkSession spark;

  MergeWithinSlices(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * Writes {@code rows} (materialised) into {@code m}'s table; records changed months first. Returns the
   * earliest date of the replaced slice (NULL when it holds only rows where the column is NULL).
   */
  LocalDate write(ModelFile m, Dataset<Row> checkpointed, TableWriter writer, ChangedMonths changed) {
    // The rows are read several times in one plan (CheckpointRows).
    Dataset<Row> rows = CheckpointRows.reusable(spark, checkpointed);
    String column = m.write().sliceColumn();
    List<String> keys = m.write().keys();
    Dataset<Row> stored = spark.table(m.name());
    Column day = functions.col("`" + column + "`");
    // "replacing VIEW": an earlier view already read the stored rows with tonight's keys (one scan of the
    // whole table per night instead of two).
    Dataset<Row> replaced = m.write().sliceView() != null ? spark.table(m.write().sliceView())
        : stored.join(rows, SameKey.of(stored, rows, keys), "left_semi");
    Row min = rows.select(day).unionAll(replaced.select(day)).agg(functions.min(day)).first();
    LocalDate earliest = min.isNullAt(0) ? null : min.getDate(0).toLocalDate();
    String predicate = slice(column, earliest);
    Dataset<Row> slice = stored.where(predicate);
    Column[] keyCols = keys.stream().map(k -> functions.col("`" + k + "`")).toArray(Column[]::new);
    Dataset<Row> tonightKeys = rows.select(keyCols);
    Column[] rowCols = Arrays.stream(rows.columns()).map(c -> functions.col("`" + c + "`")).toArray(Column[]::new);
    Dataset<Row> kept = slice.join(tonightKeys, SameKey.of(slice, tonightKeys, keys), "left_anti").select(rowCols);
    // The kept rows materialised before the write: they are read from files the write replaces. Tonight's rows
    // are already.
    Dataset<Row> out = rows.unionAll(CheckpointRows.reusable(spark, kept.localCheckpoint(true)));
    changed.beforeSlice(m, out, predicate);
    writer.replaceSlice(m.tableSpec(), out, predicate);
    return earliest;
  }

  /**
   * The replaced slice: every row with COLUMN on or after the night's earliest day (of any organization), and
   * every row where it is NULL. One day for all organizations, not one per organization: the rows of the files
   * the write replaces that fall outside the slice are copied by Delta into a new file, and with slices per
   * organization that file would hold days inside another organization's slice (o2's rows below its own
   * start but after o1's). Every later night whose organizations start on different days would then replace
   * that file again and copy it once more, with every older row it had collected: a night's cost would grow
   * with the history. Copied rows now all lie before the night's earliest day, where later nights' slices do
   * not reach. The rows of the slice that tonight does not bring are written back as they were, so the table's
   * rows are the same either way.
   */
  static String slice(String column, LocalDate earliest) {
    String col = "`" + column + "`";
    return earliest == null ? col + " is null" : "(" + col + " >= DATE'" + earliest + "' or " + col + " is null)";
  }
}
