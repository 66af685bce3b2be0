package socialbench.perf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The start-up cost of a cold process: a new JVM running {@code socialbench sql -e "select 1"} (JVM,
 * SparkSession, catalog, one statement), timed from launch to exit, on a warehouse and on an empty one.
 * The session catalog resolves tables on first use, so the two should be close whatever the warehouse's size.
 */
final class ColdStart {
  record Result(double warehouseSeconds, double emptySeconds) {
    double ratio() {
      return warehouseSeconds / emptySeconds;
    }
  }

  private ColdStart() {}

  static Result measure(Path warehouse, Path scratch) {
    try {
      Path empty = Files.createDirectories(scratch.resolve("empty-warehouse"));
      double onEmpty = time(empty); // also warms the page cache for the jars
      double onWarehouse = time(warehouse);
      return new Result(onWarehouse, Math.min(onEmpty, time(empty)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot measure a cold start: " + e.getMessage(), e);
    }
  }

  static List<String> lines(String prefix, Result r) {
    return List.of(
        String.format(Locale.ROOT, "%s stage=cold_start warehouse=history wall_s=%.1f", prefix, r.warehouseSeconds()),
        String.format(Locale.ROOT, "%s stage=cold_start warehouse=empty wall_s=%.1f", prefix, r.emptySeconds()),
        String.format(Locale.ROOT, "%s stage=cold_start ratio=history_over_empty value=%.2f target<=1.30 met=%s",
            prefix, r.ratio(), r.ratio() <= 1.3));
  }

  /** Seconds from launching {@code sql -e "select 1"} on {@code warehouse} in a new JVM to its exit. */
  private static double time(Path warehouse) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments()); // the same JVM flags (Spark's module opens)
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("socialbench.cli.Main");
    cmd.addAll(List.of("sql", "-e", "select 1", "--format", "csv", "--warehouse", warehouse.toString()));
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      int exit = p.waitFor();
      if (exit != 0) throw new IOException("sql -e 'select 1' exited with " + exit + " on " + warehouse);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return (System.nanoTime() - t0) / 1e9;
  }
}
