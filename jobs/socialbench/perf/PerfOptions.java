package socialbench.perf;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What {@code socialbench perf} measures: a scale factor (docs/design.md §11, SF1 = 250 organizations), the
 * history before the measured night and the shorter baseline history it is compared with (0: none), the
 * date of the measured night, the generator's seed and mess rate, where the work and the JSON go, the ways to
 * run the night again in cold processes, extra JVM options of the new JVMs perf starts (cold nights and
 * cold starts), and how many of each history's last days run as daily nights ({@link HistoryPlan}).
 */
public record PerfOptions(
    double scale, int historyDays, int baselineDays, LocalDate night, long seed, double dirty, Path workdir, Path json, boolean sparkCsv,
    java.util.List<String> coldNights, java.util.List<String> coldJvmOptions, int dailyNights) {

  /** The default ways to run the measured night again in cold processes ({@link ColdNights}). */
  public static final java.util.List<String> COLD_NIGHTS = java.util.List.of("nightly", "dag_steps");

  /** Without cold nights (tests of the rest). */
  public PerfOptions(double scale, int historyDays, int baselineDays, LocalDate night, long seed, double dirty, Path workdir, Path json,
      boolean sparkCsv) {
    this(scale, historyDays, baselineDays, night, seed, dirty, workdir, json, sparkCsv, java.util.List.of(), java.util.List.of());
  }

  /** Histories of bulk nights only. */
  public PerfOptions(double scale, int historyDays, int baselineDays, LocalDate night, long seed, double dirty, Path workdir, Path json,
      boolean sparkCsv, java.util.List<String> coldNights, java.util.List<String> coldJvmOptions) {
    this(scale, historyDays, baselineDays, night, seed, dirty, workdir, json, sparkCsv, coldNights, coldJvmOptions, 0);
  }

  /** Without extra JVM options for the cold processes. */
  public PerfOptions(double scale, int historyDays, int baselineDays, LocalDate night, long seed, double dirty, Path workdir, Path json,
      boolean sparkCsv, java.util.List<String> coldNights) {
    this(scale, historyDays, baselineDays, night, seed, dirty, workdir, json, sparkCsv, coldNights, java.util.List.of());
  }

  public PerfOptions {
    if (coldNights.size() > 1 && coldNights.contains("none")) {
      throw new IllegalArgumentException("--cold-nights none stands alone (no cold nights); got '" + String.join(",", coldNights) + "'");
    }
    coldNights = coldNights.equals(java.util.List.of("none")) ? java.util.List.of()
        : coldNights.stream().map(w -> ColdNights.Way.parse(w).label).distinct().toList();
    coldJvmOptions = java.util.List.copyOf(coldJvmOptions);
    for (String o : coldJvmOptions) {
      if (!o.startsWith("-")) throw new IllegalArgumentException("--cold-jvm-option takes one JVM option starting with '-', got '" + o + "'");
    }
    if (!(scale > 0)) throw new IllegalArgumentException("--scale must be positive, got " + scale);
    if (historyDays < 1) throw new IllegalArgumentException("--history-days must be at least 1, got " + historyDays);
    if (baselineDays < 0 || (baselineDays > 0 && baselineDays < 7)) {
      // The generated inbox carries reference exports (pages, organizations) on its first day and then weekly:
      // a history that starts later needs a week to include one, or its first night's checks fail.
      throw new IllegalArgumentException("--baseline-days must be 0 (no comparison) or at least 7, got " + baselineDays);
    }
    int shortest = baselineDays > 0 && baselineDays < historyDays ? baselineDays : historyDays;
    if (dailyNights < 0 || (dailyNights > 0 && dailyNights > shortest - 7)) {
      // The first week of every history is one bulk night (it carries the reference exports).
      throw new IllegalArgumentException("--daily-nights must be between 0 and " + Math.max(0, shortest - 7)
          + " (the shortest history less its first week), got " + dailyNights);
    }
  }

  java.util.List<ColdNights.Way> coldNightWays() {
    return coldNights.stream().map(ColdNights.Way::parse).toList();
  }

  /** The history lengths to measure, baseline first; the baseline only when it is shorter than the history. */
  public java.util.List<Integer> histories() {
    return baselineDays > 0 && baselineDays < historyDays ? java.util.List.of(baselineDays, historyDays) : java.util.List.of(historyDays);
  }

  /** The first day the inbox must hold: the longest history before the night. */
  public LocalDate firstDay() {
    return night.minusDays(historyDays);
  }

  /** Days the inbox covers: the history plus the measured night. */
  public int inboxDays() {
    return historyDays + 1;
  }
}
