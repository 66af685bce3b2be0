package socialbench.perf;

/**
 * One stage of a measured night as ops.runs recorded it (wall time = finished_at − started_at, rows in
 * and out), with the JVM's CPU seconds during it and the load average at its end. Rows per second are
 * over the rows the stage read when it records them (land: rows read from the files; check: checks run),
 * else over the rows it wrote (model, bench record no input count). {@code sqlStatements},
 * {@code sqlExecutions}, {@code sparkJobs} and {@code deltaCommits} are the Spark work the stage asked for
 * ({@link SparkWork}).
 */
public record StageFigure(String stage, double wallSeconds, double cpuSeconds, double loadAverage, long rowsIn, long rowsOut,
    long sqlStatements, long sqlExecutions, long sparkJobs, long deltaCommits) {

  public long rowsProcessed() {
    return rowsIn > 0 ? rowsIn : rowsOut;
  }

  public double rowsPerSecond() {
    return wallSeconds > 0 ? rowsProcessed() / wallSeconds : 0;
  }
}
