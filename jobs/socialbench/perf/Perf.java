package socialbench.perf;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import socialbench.land.FormatCatalog;
import socialbench.land.WorkdirSalt;
import socialbench.pipeline.NightStep;
import socialbench.pipeline.Nightly;
import socialbench.runtime.CatalogReset;
import socialbench.runtime.Settings;
import socialbench.runtime.SparkSessions;
import socialbench.runtime.WarehouseLock;

/**
 * {@code socialbench perf}: generates (or reuses) the scale-factor inbox, builds each history (the
 * baseline, then the long one) in a fresh warehouse with a few bulk nights ({@link HistoryPlan}), runs the
 * measured night through the standard pipeline, reads its stages from ops.runs, times Spark's bare CSV
 * reader on the night's files and the cold start of a {@code sql} process on each history's warehouse
 * ({@link ColdStart}), then prints the figures and writes them as JSON.
 */
public final class Perf {
  private final PerfOptions options;
  private final Settings baseSettings;
  private final PrintStream out;
  private final PrintStream progress;

  public Perf(PerfOptions options, Settings baseSettings, PrintStream out, PrintStream progress) {
    this.options = options;
    this.baseSettings = WorkdirSalt.apply(baseSettings, options.workdir().toAbsolutePath());
    this.out = out;
    this.progress = progress;
  }

  public PerfResult run() {
    double load0 = Machine.loadAverage();
    PerfInbox inbox = new PerfInbox(options, progress);
    PerfInbox.Result prepared = inbox.prepare();
    List<NightMeasurement> nights = new ArrayList<>();
    List<ColdNights.Result> coldNights = new ArrayList<>();
    SparkCsvBaseline.Result csv = null;
    SparkSession spark = null;
    for (int days : options.histories()) {
      Path warehouse = options.workdir().resolve("warehouse-h" + days).toAbsolutePath();
      Settings settings = baseSettings.with("socialbench.inbox", prepared.dir().toString()).with("socialbench.warehouse", warehouse.toString());
      try {
        PerfInbox.deleteTree(warehouse);
        if (spark != null) CatalogReset.forgetAll(spark, options.workdir().resolve("scratch").toAbsolutePath());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot reset " + warehouse + ": " + e.getMessage(), e);
      }
      try (WarehouseLock lock = WarehouseLock.acquire(settings, "perf")) {
        spark = SparkSessions.start(settings);
        ColdNights cold = new ColdNights(settings, options.workdir().resolve("scratch").toAbsolutePath(), options.coldJvmOptions(), progress);
        nights.add(measure(spark, settings, days, cold));
        coldNights.addAll(cold.run(spark, options.night(), prepared.dir(), days, options.coldNightWays()));
        if (options.sparkCsv() && days == options.historyDays()) {
          progress.println("perf: Spark's bare CSV reader on the night's files …");
          csv = new SparkCsvBaseline(spark, FormatCatalog.from(settings.config()))
              .run(options.night(), prepared.dir(), options.workdir().resolve("spark-csv").toAbsolutePath());
        }
      }
    }
    progress.println("perf: cold start of `sql -e \"select 1\"` in a new JVM, on each history's warehouse and on an empty one …");
    Map<Integer, Path> warehouses = new LinkedHashMap<>();
    for (int days : options.histories()) warehouses.put(days, options.workdir().resolve("warehouse-h" + days).toAbsolutePath());
    ColdStart.Result cold = ColdStart.measure(warehouses, options.workdir().resolve("scratch").toAbsolutePath(), options.coldJvmOptions());
    PerfResult result = new PerfResult(options, inbox.orgs(), prepared, nights, csv, cold, load0, Machine.loadAverage(), coldNights,
        RunSettings.of(baseSettings));
    PerfReport report = new PerfReport(result);
    report.print(out);
    report.writeJson(options.json());
    out.println("perf: figures written to " + options.json().toAbsolutePath());
    return result;
  }

  private NightMeasurement measure(SparkSession spark, Settings settings, int days, ColdNights cold) {
    HistoryPlan plan = HistoryPlan.before(options.night(), days, options.dailyNights());
    long t0 = System.nanoTime();
    int i = 0;
    List<Double> dailySeconds = new ArrayList<>();
    for (HistoryPlan.Chunk chunk : plan.chunks()) {
      if (chunk.daily()) {
        progress.printf("perf: history %d days, daily night %d/%d: %s%n", days, ++i, plan.chunks().size(), chunk.last());
        long d0 = System.nanoTime();
        new Nightly(spark, settings, Nightly.standardSteps(), progress).run(chunk.last());
        dailySeconds.add((System.nanoTime() - d0) / 1e9);
        continue;
      }
      progress.printf("perf: history %d days, bulk night %d/%d: %s .. %s%n", days, ++i, plan.chunks().size(), chunk.first(), chunk.last());
      Settings wide = settings.with("socialbench.land.lookback-days", chunk.lookbackDays());
      new Nightly(spark, wide, Nightly.standardSteps(), progress).run(chunk.last());
    }
    double historySeconds = (System.nanoTime() - t0) / 1e9;
    progress.printf("perf: history %d days built in %.0f s; measuring the night of %s%n", days, historySeconds, options.night());
    Path warehouse = Path.of(settings.warehouse());
    cold.copy(warehouse, days, options.coldNightWays());
    Map<String, CpuTimedStep.Usage> usage = new LinkedHashMap<>();
    SparkWork work = SparkWork.listen(spark, settings.config().getString("socialbench.warehouse"));
    try {
      List<NightStep> steps = Nightly.standardSteps().stream().map(s -> (NightStep) new CpuTimedStep(s, usage, work)).toList();
      new Nightly(spark, settings, steps, progress).run(options.night());
    } finally {
      work.stop();
    }
    return new NightMeasurement(days, options.night(), plan, historySeconds, new RunsReader(spark).night(options.night(), usage), dailySeconds);
  }

  /** Everything one perf run measured. */
  public record PerfResult(PerfOptions options, int orgs, PerfInbox.Result inbox, List<NightMeasurement> nights,
      SparkCsvBaseline.Result sparkCsv, ColdStart.Result coldStart, double loadAtStart, double loadAtEnd, List<ColdNights.Result> coldNights,
      RunSettings settings) {

    /** A run without cold nights, its settings the bundled ones. */
    public PerfResult(PerfOptions options, int orgs, PerfInbox.Result inbox, List<NightMeasurement> nights,
        SparkCsvBaseline.Result sparkCsv, ColdStart.Result coldStart, double loadAtStart, double loadAtEnd) {
      this(options, orgs, inbox, nights, sparkCsv, coldStart, loadAtStart, loadAtEnd, List.of(), RunSettings.of(Settings.defaults()));
    }

    public NightMeasurement longest() {
      return nights.get(nights.size() - 1);
    }

    /** Night after the long history over the night after the baseline history; empty without a baseline. */
    public java.util.OptionalDouble historyRatio() {
      if (nights.size() < 2) return java.util.OptionalDouble.empty();
      return java.util.OptionalDouble.of(longest().stage("night").wallSeconds() / nights.get(0).stage("night").wallSeconds());
    }

    /**
     * The cold night (one {@code way}, fresh processes on a copy of the warehouse) after the long history over
     * the same after the baseline history; empty unless both were run.
     */
    public java.util.OptionalDouble coldHistoryRatio(ColdNights.Way way) {
      if (nights.size() < 2) return java.util.OptionalDouble.empty();
      java.util.OptionalDouble longer = coldWall(way, longest().historyDays());
      java.util.OptionalDouble baseline = coldWall(way, nights.get(0).historyDays());
      if (longer.isEmpty() || baseline.isEmpty()) return java.util.OptionalDouble.empty();
      return java.util.OptionalDouble.of(longer.getAsDouble() / baseline.getAsDouble());
    }

    private java.util.OptionalDouble coldWall(ColdNights.Way way, int historyDays) {
      return coldNights.stream().filter(c -> c.way() == way && c.historyDays() == historyDays)
          .mapToDouble(ColdNights.Result::wallSeconds).findFirst();
    }

    /** Landing's rows/s over Spark's bare CSV reader's rows/s; empty when the reader was not run or read nothing. */
    public java.util.OptionalDouble landingRatio() {
      if (sparkCsv == null || sparkCsv.rows() == 0) return java.util.OptionalDouble.empty();
      return java.util.OptionalDouble.of(longest().stage("land").rowsPerSecond() / sparkCsv.rowsPerSecond());
    }

  }
}
