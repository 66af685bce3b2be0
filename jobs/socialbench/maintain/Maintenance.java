package socialbench.maintain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import socialbench.model.ModelFile;
import socialbench.runtime.Publication;
import socialbench.runtime.Warehouse;

/**
 * Maintenance of a warehouse's Delta tables (databases dw, bench and ops; bronze is Parquet and is left as
 * it is). Compaction rewrites the tables written since the last successful maintenance run recorded in
 * {@code ops.runs} (every table on the first run, or with {@code all}); VACUUM runs on every table, since
 * superseded files age past the retention whether or not the table was written since. An unpartitioned
 * table model that the nights rewrite by a DATE column (header {@code write: merge … within COLUMN} or
 * {@code write: slice COLUMN from …}) is compacted one file per month of that column ({@link MonthCompaction}).
 */
public final class Maintenance {
  static final List<String> DATABASES = List.of("dw", "bench", "ops");
  /** The job name of a maintenance run in {@code ops.runs}. */
  public static final String JOB = "maintain";

  private final SparkSession spark;
  private final Warehouse warehouse;
  private final TableMaintenance tables;
  private final Map<String, String> monthColumns;

  public Maintenance(SparkSession spark, Warehouse warehouse, RetentionRule retention, long minFilesToCompact, long rowsPerFile,
      Clock clock, Map<String, String> monthColumns) {
    this.spark = spark;
    this.warehouse = warehouse;
    this.monthColumns = Map.copyOf(monthColumns);
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    this.tables = new TableMaintenance(spark, new Publication(warehouse, hadoop), retention, minFilesToCompact, rowsPerFile, clock);
  }

  /** Maintains every Delta table, in name order; compacts all of them when {@code all}. */
  public List<TableMaintained> run(boolean all) {
    Optional<Instant> since = all ? Optional.empty() : lastSuccessfulStart();
    List<TableMaintained> done = new ArrayList<>();
    for (String name : deltaTables()) {
      String path = warehouse.tablePath(name);
      boolean compact = since.isEmpty() || TableHistory.of(spark, path).writtenSince(since.get());
      done.add(tables.maintain(name, path, compact, monthColumns.get(name)));
    }
    return done;
  }

  /**
   * The tables compacted by month, with their column: the unpartitioned table models written by a date slice
   * ({@code within COLUMN} or {@code slice COLUMN}).
   */
  public static Map<String, String> monthColumns(List<ModelFile> models) {
    Map<String, String> columns = new TreeMap<>();
    for (ModelFile m : models) {
      if (m.kind() == ModelFile.Kind.TABLE && m.partitionBy().isEmpty() && m.write().sliceColumn() != null) {
        columns.put(m.name(), m.write().sliceColumn());
      }
    }
    return columns;
  }

  /** When the last successful maintenance run started, if there was one. */
  Optional<Instant> lastSuccessfulStart() {
    String runs = warehouse.tablePath("ops.runs");
    if (!exists(new Path(runs, "_delta_log"))) return Optional.empty();
    Row r = spark.sql("select max(started_at) from delta.`" + runs.replace("`", "``") + "` where job = :job and status = 'succeeded'",
        java.util.Map.of("job", JOB)).first();
    return r.isNullAt(0) ? Optional.empty() : Optional.of(((Timestamp) r.get(0)).toInstant());
  }

  /** {@code db.table} of every Delta table in the maintained databases, sorted. */
  List<String> deltaTables() {
    List<String> names = new ArrayList<>();
    try {
      for (String db : DATABASES) {
        Path dir = new Path(warehouse.databasePath(db));
        FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(dir)) continue;
        for (FileStatus st : fs.listStatus(dir)) {
          String table = st.getPath().getName();
          if (st.isDirectory() && !table.startsWith("_") && fs.exists(new Path(st.getPath(), "_delta_log"))) {
            names.add(db + "." + table);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the tables of " + warehouse.root(), e);
    }
    names.sort(null);
    return names;
  }

  private boolean exists(Path p) {
    try {
      return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
