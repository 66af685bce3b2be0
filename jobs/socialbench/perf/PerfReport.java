package socialbench.perf;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Prints a perf run as one {@code key=value} line per figure, each starting with the scale and the stage
 * so runs can be compared line by line (docs/design.md §11), and writes the same figures as JSON.
 */
public final class PerfReport {
  static final double HISTORY_RATIO_TARGET = 1.25;
  static final double LANDING_RATIO_TARGET = 0.50;

  private final Perf.PerfResult r;

  public PerfReport(Perf.PerfResult result) {
    this.r = result;
  }

  /** The §11 nightly target in seconds at this scale (SF1: 60 s, SF10: 240 s), or empty at other scales. */
  static OptionalDouble nightTargetSeconds(double scale) {
    if (scale == 1) return OptionalDouble.of(60);
    if (scale == 10) return OptionalDouble.of(240);
    return OptionalDouble.empty();
  }

  public List<String> lines() {
    List<String> out = new ArrayList<>();
    String scale = "perf scale=" + num(r.options().scale());
    out.add(String.format(Locale.ROOT, "%s stage=setup orgs=%d inbox_days=%d inbox=%s generate_s=%.1f nproc=%d mem_gb=%.1f load_start=%.2f",
        scale, r.orgs(), r.options().inboxDays(), r.inbox().reused() ? "reused" : "generated", r.inbox().generateSeconds(),
        Machine.processors(), Machine.memoryBytes() / 1e9, r.loadAtStart()));
    for (NightMeasurement n : r.nights()) {
      String h = scale + " history_days=" + n.historyDays() + " night=" + n.night();
      out.add(String.format(Locale.ROOT, "%s stage=history bulk_nights=%d wall_s=%.1f", h,
          n.history().chunks().size() - n.history().dailyNights(), n.historySeconds()));
      if (!n.dailySeconds().isEmpty()) {
        // A cost that grows night after night shows as later daily nights slower than the first ones.
        int k = Math.min(5, n.dailySeconds().size());
        out.add(String.format(Locale.ROOT, "%s stage=daily_nights n=%d first%d_mean_s=%.1f last%d_mean_s=%.1f", h, n.dailySeconds().size(),
            k, mean(n.dailySeconds().subList(0, k)), k, mean(n.dailySeconds().subList(n.dailySeconds().size() - k, n.dailySeconds().size()))));
      }
      for (StageFigure s : n.stages()) {
        String target = "";
        if (s.stage().equals("night")) {
          OptionalDouble t = nightTargetSeconds(r.options().scale());
          if (t.isPresent()) target = String.format(Locale.ROOT, " target_s<=%.0f met=%s", t.getAsDouble(), yes(s.wallSeconds() <= t.getAsDouble()));
        }
        out.add(String.format(Locale.ROOT,
            "%s stage=%s wall_s=%.1f cpu_s=%.1f load=%.2f rows_in=%d rows_out=%d rows_per_s=%.0f sql_statements=%d sql_executions=%d spark_jobs=%d delta_commits=%d%s",
            h, s.stage(), s.wallSeconds(), s.cpuSeconds(), s.loadAverage(), s.rowsIn(), s.rowsOut(), s.rowsPerSecond(),
            s.sqlStatements(), s.sqlExecutions(), s.sparkJobs(), s.deltaCommits(), target));
      }
      out.addAll(ColdNights.lines(h, r.coldNights().stream().filter(c -> c.historyDays() == n.historyDays()).toList(),
          nightTargetSeconds(r.options().scale())));
    }
    SparkCsvBaseline.Result csv = r.sparkCsv();
    if (csv != null) {
      NightMeasurement n = r.longest();
      out.add(String.format(Locale.ROOT, "%s history_days=%d night=%s stage=spark_csv files=%d formats=%d wall_s=%.1f rows_in=%d rows_out=%d rows_per_s=%.0f",
          scale, n.historyDays(), n.night(), csv.files(), csv.formats(), csv.seconds(), csv.rows(), csv.rows(), csv.rowsPerSecond()));
    }
    if (r.coldStart() != null) out.addAll(ColdStart.lines(scale, r.coldStart()));
    OptionalDouble history = r.historyRatio();
    if (history.isPresent()) {
      out.add(String.format(Locale.ROOT, "%s stage=night ratio=history_%dd_over_%dd value=%.2f target<=%.2f met=%s",
          scale, r.longest().historyDays(), r.nights().get(0).historyDays(), history.getAsDouble(), HISTORY_RATIO_TARGET,
          yes(history.getAsDouble() <= HISTORY_RATIO_TARGET)));
    }
    for (ColdNights.Way way : ColdNights.Way.values()) {
      OptionalDouble cold = r.coldHistoryRatio(way);
      if (cold.isEmpty()) continue;
      out.add(String.format(Locale.ROOT, "%s stage=cold_night way=%s ratio=history_%dd_over_%dd value=%.2f target<=%.2f met=%s",
          scale, way.label, r.longest().historyDays(), r.nights().get(0).historyDays(), cold.getAsDouble(), HISTORY_RATIO_TARGET,
          yes(cold.getAsDouble() <= HISTORY_RATIO_TARGET)));
    }
    OptionalDouble landing = r.landingRatio();
    if (landing.isPresent()) {
      out.add(String.format(Locale.ROOT, "%s stage=land ratio=land_over_spark_csv value=%.2f target>=%.2f met=%s",
          scale, landing.getAsDouble(), LANDING_RATIO_TARGET, yes(landing.getAsDouble() >= LANDING_RATIO_TARGET)));
    }
    return out;
  }

  public void print(PrintStream ps) {
    lines().forEach(ps::println);
  }

  public Map<String, Object> json() {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("scale", r.options().scale());
    root.put("orgs", r.orgs());
    root.put("seed", r.options().seed());
    root.put("dirty", r.options().dirty());
    root.put("night", r.options().night().toString());
    root.put("inbox", Map.of("dir", r.inbox().dir().toString(), "days", r.options().inboxDays(), "reused", r.inbox().reused(),
        "generate_s", r.inbox().generateSeconds()));
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("nproc", Machine.processors());
    machine.put("mem_bytes", Machine.memoryBytes());
    machine.put("load_start", r.loadAtStart());
    machine.put("load_end", r.loadAtEnd());
    root.put("machine", machine);
    List<Object> runs = new ArrayList<>();
    for (NightMeasurement n : r.nights()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("history_days", n.historyDays());
      m.put("night", n.night().toString());
      m.put("history_wall_s", n.historySeconds());
      m.put("history_bulk_nights", n.history().chunks().stream().filter(c -> !c.daily()).map(c -> c.first() + ".." + c.last()).toList());
      m.put("history_daily_nights_wall_s", n.dailySeconds());
      List<Object> stages = new ArrayList<>();
      for (StageFigure s : n.stages()) {
        Map<String, Object> st = new LinkedHashMap<>();
        st.put("stage", s.stage());
        st.put("wall_s", s.wallSeconds());
        st.put("cpu_s", s.cpuSeconds());
        st.put("load", s.loadAverage());
        st.put("rows_in", s.rowsIn());
        st.put("rows_out", s.rowsOut());
        st.put("rows_per_s", s.rowsPerSecond());
        st.put("sql_statements", s.sqlStatements());
        st.put("sql_executions", s.sqlExecutions());
        st.put("spark_jobs", s.sparkJobs());
        st.put("delta_commits", s.deltaCommits());
        stages.add(st);
      }
      m.put("stages", stages);
      runs.add(m);
    }
    root.put("runs", runs);
    if (r.sparkCsv() != null) {
      SparkCsvBaseline.Result c = r.sparkCsv();
      root.put("spark_csv", Map.of("files", c.files(), "formats", c.formats(), "rows", c.rows(), "wall_s", c.seconds(), "rows_per_s", c.rowsPerSecond()));
    }
    if (r.coldStart() != null) root.put("cold_start", ColdStart.json(r.coldStart()));
    root.put("cold_nights", ColdNights.json(r.coldNights()));
    root.put("cold_jvm_options", r.options().coldJvmOptions());
    root.put("settings", r.settings().json());
    Map<String, Object> ratios = new LinkedHashMap<>();
    r.historyRatio().ifPresent(v -> ratios.put("history", Map.of("value", v, "target_max", HISTORY_RATIO_TARGET)));
    for (ColdNights.Way way : ColdNights.Way.values()) {
      r.coldHistoryRatio(way).ifPresent(v -> ratios.put("history_cold_" + way.label, Map.of("value", v, "target_max", HISTORY_RATIO_TARGET)));
    }
    r.landingRatio().ifPresent(v -> ratios.put("landing_over_spark_csv", Map.of("value", v, "target_min", LANDING_RATIO_TARGET)));
    root.put("ratios", ratios);
    return root;
  }

  public void writeJson(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) Files.createDirectories(parent);
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), json());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  static String num(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }

  private static String yes(boolean b) {
    return b ? "yes" : "no";
  }
}
