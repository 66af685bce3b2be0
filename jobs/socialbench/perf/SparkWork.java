package socialbench.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerEvent;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.ui.SparkListenerSQLExecutionStart;

/**
 * How much Spark work a step asked for, whatever its data: SQL statements (the queries, writes, MERGEs and
 * view definitions the step's code ran: executions that are their own root), SQL executions (those and the
 * queries Delta runs inside them, such as listing a table's files for a scan, as Spark's SQL tab counts
 * them), Spark jobs, and Delta commits (new versions of the warehouse's Delta tables, ops.runs left out).
 * On small data a night's cost is per statement and per commit, so these counts show what a change to the
 * models saves before any timing does.
 */
final class SparkWork extends SparkListener {
  /** Counts at one moment; {@link #minus} gives a step's share. */
  record Counts(long sqlStatements, long sqlExecutions, long sparkJobs, long deltaCommits) {
    Counts minus(Counts before) {
      return new Counts(sqlStatements - before.sqlStatements, sqlExecutions - before.sqlExecutions, sparkJobs - before.sparkJobs,
          deltaCommits - before.deltaCommits);
    }

    Counts plus(Counts other) {
      return new Counts(sqlStatements + other.sqlStatements, sqlExecutions + other.sqlExecutions, sparkJobs + other.sparkJobs,
          deltaCommits + other.deltaCommits);
    }

    static final Counts NONE = new Counts(0, 0, 0, 0);
  }

  private final AtomicLong sqlStatements = new AtomicLong();
  private final AtomicLong sqlExecutions = new AtomicLong();
  private final AtomicLong sparkJobs = new AtomicLong();
  private final SparkSession spark;
  private final Path warehouse;

  private SparkWork(SparkSession spark, String warehouseRoot) {
    this.spark = spark;
    this.warehouse = new Path(warehouseRoot);
  }

  /** A counter listening on the session's context from now on. */
  static SparkWork listen(SparkSession spark, String warehouseRoot) {
    SparkWork w = new SparkWork(spark, warehouseRoot);
    spark.sparkContext().addSparkListener(w);
    return w;
  }

  void stop() {
    spark.sparkContext().removeSparkListener(this);
  }

  @Override
  public void onJobStart(SparkListenerJobStart jobStart) {
    sparkJobs.incrementAndGet();
  }

  @Override
  public void onOtherEvent(SparkListenerEvent event) {
    if (event instanceof SparkListenerSQLExecutionStart start) {
      sqlExecutions.incrementAndGet();
      // an execution started inside another (Delta's file listing for a scan, its snapshot state) names that one as its root
      scala.Option<Object> root = start.rootExecutionId();
      if (root.isEmpty() || ((Long) root.get()) == start.executionId()) sqlStatements.incrementAndGet();
    }
  }

  /** ops.runs: the runner's bookkeeping (one row per step, some steps append their own), not the step's work. */
  private static boolean isRunLog(FileStatus db, FileStatus table) {
    return db.getPath().getName().equals("ops.db") && table.getPath().getName().equals("runs");
  }

  /** The counts so far: the listener bus is drained first; commits are the sum of every Delta table's version + 1, ops.runs left out. */
  Counts now() {
    try {
      spark.sparkContext().listenerBus().waitUntilEmpty(60_000);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("Spark's listener bus did not drain in 60 s", e);
    }
    return new Counts(sqlStatements.get(), sqlExecutions.get(), sparkJobs.get(), deltaVersions());
  }

  private long deltaVersions() {
    try {
      FileSystem fs = warehouse.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (!fs.exists(warehouse)) return 0;
      long sum = 0;
      for (FileStatus db : fs.listStatus(warehouse)) {
        if (!db.isDirectory() || !db.getPath().getName().endsWith(".db")) continue;
        for (FileStatus table : fs.listStatus(db.getPath())) {
          Path log = new Path(table.getPath(), "_delta_log");
          if (!table.isDirectory() || !fs.exists(log) || isRunLog(db, table)) continue;
          long latest = -1;
          for (FileStatus f : fs.listStatus(log)) {
            String name = f.getPath().getName();
            if (name.matches("[0-9]{20}\\.json")) latest = Math.max(latest, Long.parseLong(name.substring(0, 20)));
          }
          sum += latest + 1;
        }
      }
      return sum;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the Delta logs under " + warehouse, e);
    }
  }
}
