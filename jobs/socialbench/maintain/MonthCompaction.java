package socialbench.maintain;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.Partitioner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DateType;
import scala.Tuple2;

/**
 * Compaction of an unpartitioned table that the nights rewrite by a date column (the model header's
 * {@code within COLUMN} or {@code slice COLUMN}): its rows are rewritten one file per calendar month of that
 * column, so that no compacted file spans months, and a later night's replaced slice ({@code COLUMN >= day})
 * opens only the files of the months it reaches. {@code OPTIMIZE} would bin-pack a year of small files into
 * one file spanning the year, which the next night then rewrites whole (docs/performance.md).
 *
 * <p>Which months: every month covered by a file that spans more than one month (from the month of its
 * smallest to the month of its largest value), and every month held by more files than its rows need (one, or
 * one per {@code socialbench.maintain.rows-per-file} rows); rows whose column is NULL form one more group. One Delta commit replaces those
 * months' rows ({@code replaceWhere} on the months) with the same rows, one file per month (several when a
 * month has more rows than {@code socialbench.maintain.rows-per-file}), sorted by the column. Delta refuses
 * {@code dataChange=false} with a filter on data columns, so the commit is an ordinary write marked with
 * {@link #MARK} in its {@code userMetadata}, which the next maintenance does not count as a write (nothing in
 * socialbench reads Delta's change feed). A table already laid out one file per month is left alone, so a
 * second run changes nothing.
 */
final class MonthCompaction {
  /** The commit's {@code userMetadata}: a compaction, not a write ({@link TableHistory#writtenSince}). */
  static final String MARK = "socialbench maintain: compaction by month";

  /** The group of the rows whose column is NULL. */
  private static final int NULLS = Integer.MIN_VALUE;

  private final SparkSession session;
  private final long rowsPerFile;

  /** {@code rowsPerFile}: a month with more rows is written as several files of at most that many rows. */
  MonthCompaction(SparkSession session, long rowsPerFile) {
    this.session = session;
    this.rowsPerFile = rowsPerFile;
  }

  /** What a compaction did: files replaced, files written. */
  record Result(long filesRemoved, long filesAdded) {}

  /** Compacts the table at {@code path} by month of {@code column}; nothing when it is already one file per month. */
  Result compact(String path, String column) {
    String table = "delta.`" + path.replace("`", "``") + "`";
    String col = "`" + column.replace("`", "``") + "`";
    Dataset<Row> perFile = session.sql("select _metadata.file_path, min(" + col + "), max(" + col + "), count_if(" + col + " is null), count(*) from "
        + table + " group by 1");
    if (!(perFile.schema().fields()[1].dataType() instanceof DateType)) {
      throw new IllegalArgumentException(path + ": compaction by month needs a DATE column; " + column + " is not one");
    }
    List<FileSpan> files = new ArrayList<>();
    for (Row r : perFile.collectAsList()) {
      files.add(new FileSpan(month(r.get(1)), month(r.get(2)), r.getLong(3) > 0, r.getLong(4)));
    }
    TreeSet<Integer> groups = groupsToRewrite(files, rowsPerFile);
    if (groups.isEmpty()) return new Result(0, 0);

    String replaced = predicate(col, groups);
    Dataset<Row> rows = session.sql("select * from " + table + " where " + replaced);
    int at = rows.schema().fieldIndex(column);
    Map<Integer, Integer> partitionOf = new HashMap<>();
    for (int g : groups) partitionOf.put(g, partitionOf.size());
    JavaRDD<Row> oneMonthPerPartition = rows.javaRDD()
        .mapToPair(r -> new Tuple2<>(monthOrNulls(r.get(at)), r))
        .partitionBy(new ByGroup(partitionOf))
        .values();
    session.createDataFrame(oneMonthPerPartition, rows.schema())
        .sortWithinPartitions(col)
        .write().format("delta").mode("overwrite")
        .option("replaceWhere", replaced)
        .option("maxRecordsPerFile", rowsPerFile)
        .option("userMetadata", MARK)
        .save(path);
    // the commit's own counts: a month inside a spanning file's range may hold no row and get no file
    Map<String, String> metrics = session.sql("DESCRIBE HISTORY " + table + " LIMIT 1").select("operationMetrics").first().getJavaMap(0);
    return new Result(Long.parseLong(metrics.get("numRemovedFiles")), Long.parseLong(metrics.get("numFiles")));
  }

  /**
   * Months (as {@link YearMonth} epoch months) and the NULL group whose files need rewriting: those a file
   * spanning months reaches, and those held by more files than their rows need ({@code rowsPerFile} each).
   */
  static TreeSet<Integer> groupsToRewrite(List<FileSpan> files, long rowsPerFile) {
    Map<Integer, Integer> filesPerGroup = new HashMap<>();
    Map<Integer, Long> rowsPerGroup = new HashMap<>();
    TreeSet<Integer> groups = new TreeSet<>();
    for (FileSpan f : files) {
      boolean spans = f.first() != null && (f.last() > f.first() || f.nulls());
      if (spans) {
        for (int m = f.first(); m <= f.last(); m++) groups.add(m);
        if (f.nulls()) groups.add(NULLS);
      } else {
        int group = f.first() == null ? NULLS : f.first();
        filesPerGroup.merge(group, 1, Integer::sum);
        rowsPerGroup.merge(group, f.rows(), Long::sum);
      }
    }
    filesPerGroup.forEach((g, n) -> {
      long needed = Math.max(1, (rowsPerGroup.get(g) + rowsPerFile - 1) / rowsPerFile);
      if (n > needed) groups.add(g);
    });
    return groups;
  }

  /**
   * One data file's reach: the epoch months of its smallest and largest value (NULL when it holds only
   * NULLs), whether it holds NULLs, and its row count.
   */
  record FileSpan(Integer first, Integer last, boolean nulls, long rows) {}

  /** The replaced rows: consecutive months as one range each, then the NULLs. */
  static String predicate(String col, TreeSet<Integer> groups) {
    List<String> parts = new ArrayList<>();
    Integer start = null;
    Integer previous = null;
    for (int g : groups) {
      if (g == NULLS) continue;
      if (start != null && g != previous + 1) {
        parts.add(range(col, start, previous));
        start = null;
      }
      if (start == null) start = g;
      previous = g;
    }
    if (start != null) parts.add(range(col, start, previous));
    if (groups.contains(NULLS)) parts.add(col + " IS NULL");
    return String.join(" OR ", parts);
  }

  private static String range(String col, int firstMonth, int lastMonth) {
    return "(" + col + " >= DATE'" + day(firstMonth) + "' AND " + col + " < DATE'" + day(lastMonth + 1) + "')";
  }

  private static LocalDate day(int epochMonth) {
    return YearMonth.of(1970, 1).plusMonths(epochMonth).atDay(1);
  }

  private static Integer month(Object value) {
    if (value == null) return null;
    LocalDate d = value instanceof java.sql.Date s ? s.toLocalDate() : (LocalDate) value;
    return (d.getYear() - 1970) * 12 + d.getMonthValue() - 1;
  }

  private static int monthOrNulls(Object value) {
    Integer m = month(value);
    return m == null ? NULLS : m;
  }

  /** Sends each month (and the NULLs) to a partition of its own. */
  private static final class ByGroup extends Partitioner implements Serializable {
    private final HashMap<Integer, Integer> partitionOf;

    ByGroup(Map<Integer, Integer> partitionOf) {
      this.partitionOf = new HashMap<>(partitionOf);
    }

    @Override
    public int numPartitions() {
      return partitionOf.size();
    }

    @Override
    public int getPartition(Object key) {
      return partitionOf.get((Integer) key);
    }
  }
}
