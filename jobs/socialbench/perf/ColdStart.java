package socialbench.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The start-up cost of a cold process: a new JVM running {@code socialbench sql -e "select 1"} (JVM,
 * SparkSession, catalog, one statement), timed from launch to exit, on each history's warehouse and on an
 * empty one. The session catalog resolves tables on first use, so they should be close whatever the
 * warehouse's size (target: at most {@link #TARGET} times the empty warehouse's).
 */
final class ColdStart {
  static final double TARGET = 1.3;

  /**
   * @param historySeconds seconds on the warehouse after each history, by its days (in the order measured)
   * @param emptySeconds seconds on an empty warehouse (the faster of two runs)
   */
  record Result(Map<Integer, Double> historySeconds, double emptySeconds) {
    double ratio(int historyDays) {
      return historySeconds.get(historyDays) / emptySeconds;
    }
  }

  private ColdStart() {}

  /** Times {@code sql -e "select 1"}: on an empty warehouse, on each of {@code warehouses}, on the empty one again. */
  static Result measure(Map<Integer, Path> warehouses, Path scratch, List<String> jvmOptions) {
    try {
      Path empty = Files.createDirectories(scratch.resolve("empty-warehouse"));
      double onEmpty = time(empty, jvmOptions); // also warms the page cache for the jars
      Map<Integer, Double> seconds = new LinkedHashMap<>();
      for (Map.Entry<Integer, Path> w : warehouses.entrySet()) seconds.put(w.getKey(), time(w.getValue(), jvmOptions));
      return new Result(seconds, Math.min(onEmpty, time(empty, jvmOptions)));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot measure a cold start: " + e.getMessage(), e);
    }
  }

  /** One line for the empty warehouse, then per history its time and its ratio to the empty one. */
  static List<String> lines(String prefix, Result r) {
    List<String> out = new ArrayList<>();
    out.add(String.format(Locale.ROOT, "%s stage=cold_start warehouse=empty wall_s=%.1f", prefix, r.emptySeconds()));
    for (Map.Entry<Integer, Double> h : r.historySeconds().entrySet()) {
      String p = prefix + " history_days=" + h.getKey();
      out.add(String.format(Locale.ROOT, "%s stage=cold_start warehouse=history wall_s=%.1f", p, h.getValue()));
      out.add(String.format(Locale.ROOT, "%s stage=cold_start ratio=history_over_empty value=%.2f target<=%.2f met=%s",
          p, r.ratio(h.getKey()), TARGET, r.ratio(h.getKey()) <= TARGET ? "yes" : "no"));
    }
    return out;
  }

  /** The same figures for the perf JSON. */
  static Map<String, Object> json(Result r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("command", "sql -e \"select 1\"");
    m.put("empty_wall_s", r.emptySeconds());
    List<Object> histories = new ArrayList<>();
    for (Map.Entry<Integer, Double> h : r.historySeconds().entrySet()) {
      Map<String, Object> one = new LinkedHashMap<>();
      one.put("history_days", h.getKey());
      one.put("wall_s", h.getValue());
      one.put("ratio_over_empty", r.ratio(h.getKey()));
      histories.add(one);
    }
    m.put("histories", histories);
    m.put("target_max", TARGET);
    return m;
  }

  /** Seconds from launching {@code sql -e "select 1"} on {@code warehouse} in a new JVM to its exit. */
  private static double time(Path warehouse, List<String> jvmOptions) throws IOException {
    List<String> cmd = NewJvm.socialbench(jvmOptions, List.of("sql", "-e", "select 1", "--format", "csv", "--warehouse", warehouse.toString()));
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
