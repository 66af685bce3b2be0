package socialbench.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import socialbench.bench.BenchSettings;
import socialbench.generate.GenerateSpec;
import socialbench.generate.Generator;
import socialbench.pipeline.Nightly;
import socialbench.report.ClientReport;
import socialbench.report.HtmlReportWriter;
import socialbench.report.ReportFile;
import socialbench.report.ReportLoader;
import socialbench.runtime.RunLedger;
import socialbench.runtime.Settings;
import socialbench.runtime.SparkSessions;
import socialbench.runtime.WarehouseLock;
import socialbench.land.WorkdirSalt;

/**
 * {@code socialbench demo}: generate sample exports, run every night of the period, print a benchmark
 * summary for one client and say where everything is. Re-running it resumes: the inbox is reused when
 * it was generated with the same parameters, and nights that already succeeded are skipped.
 */
public final class Demo {
  public record Options(Path workdir, int orgs, int days, LocalDate start, long seed, double dirty) {}

  private final Options options;
  private final Settings baseSettings;
  private final PrintStream out;
  private final PrintStream progress;

  public Demo(Options options, Settings baseSettings, PrintStream out, PrintStream progress) {
    this.options = options;
    this.baseSettings = baseSettings;
    this.out = out;
    this.progress = progress;
  }

  public void run() {
    Path inbox = options.workdir().resolve("inbox").toAbsolutePath();
    Path warehouse = options.workdir().resolve("warehouse").toAbsolutePath();
    long t0 = System.nanoTime();
    generateIfNeeded(inbox);
    long t1 = System.nanoTime();
    Settings settings = WorkdirSalt.apply(baseSettings, options.workdir().toAbsolutePath())
        .with("socialbench.inbox", inbox.toString()).with("socialbench.warehouse", warehouse.toString());
    try (WarehouseLock lock = WarehouseLock.acquire(settings, "demo")) {
      runNights(settings, inbox, warehouse, t0, t1);
    }
  }

  private void runNights(Settings settings, Path inbox, Path warehouse, long t0, long t1) {
    SparkSession spark = SparkSessions.start(settings);
    RunLedger ledger = new RunLedger(spark, settings);
    Nightly nightly = new Nightly(spark, settings, Nightly.standardSteps(), progress);
    LocalDate last = options.start().plusDays(options.days() - 1L);
    int n = 0;
    for (LocalDate d = options.start(); !d.isAfter(last); d = d.plusDays(1)) {
      n++;
      if (ledger.succeeded("nightly", d)) continue;
      progress.printf("demo: night %d/%d (%s)%n", n, options.days(), d);
      nightly.run(d);
    }
    long t2 = System.nanoTime();
    out.printf("demo: generated %d organizations × %d days in %.0f s; ran %d nights in %.0f s%n",
        options.orgs(), options.days(), (t1 - t0) / 1e9, options.days(), (t2 - t1) / 1e9);
    printLanding(spark);
    String client = printBenchmarks(spark);
    Path report = client == null ? null : writeReport(spark, client, options.workdir().toAbsolutePath());
    printNextSteps(inbox, warehouse, report);
  }

  private void generateIfNeeded(Path inbox) {
    String params = "orgs=" + options.orgs() + " start=" + options.start() + " days=" + options.days()
        + " seed=" + options.seed() + " dirty=" + options.dirty() + "\n";
    Path marker = inbox.resolve("_manifest").resolve("demo-params.txt");
    try {
      if (Files.isRegularFile(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(params)) {
        progress.println("demo: reusing the inbox at " + inbox);
        return;
      }
      new Generator(new GenerateSpec(inbox, options.orgs(), options.start(), options.days(), options.seed(), options.dirty()), progress).run();
      Files.createDirectories(marker.getParent());
      Files.writeString(marker, params, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void printLanding(SparkSession spark) {
    var r = spark.sql("select count(*), sum(rows_read), sum(rows_landed), sum(rows_rejected), "
        + "count_if(status = 'rejected'), count_if(status = 'skipped_duplicate') from ops.landed_files").first();
    out.printf("landing: %d files, %d rows read = %d landed + %d quarantined; %d files rejected, %d duplicates skipped%n",
        r.getLong(0), r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5));
  }

  /** Prints the summary of one client and returns it (null when no cohort is published). */
  private String printBenchmarks(SparkSession spark) {
    DemoSummary summary = new DemoSummary(spark);
    String org = summary.pickClient();
    if (org == null) {
      out.println("benchmarks: no published cohort yet (every cohort is below the minimum of "
          + baseSettings.config().getInt("socialbench.privacy.min-cohort-orgs") + " organizations); try --orgs 40");
      return null;
    }
    out.println("benchmarks:");
    summary.print(org, out);
    return org;
  }

  /** The client's HTML report (the same file `socialbench report` writes) for its latest ranked month. */
  private Path writeReport(SparkSession spark, String org, Path dir) {
    YearMonth month = YearMonth.parse(new DemoSummary(spark).latestRankedMonth(org));
    ClientReport report = new ReportLoader(spark, BenchSettings.from(baseSettings).minCohortOrgs()).load(org, month);
    Path file = dir.resolve("report-" + org + "-" + month + ".html");
    ReportFile.write(file, HtmlReportWriter.render(report));
    out.println("report: " + file);
    return file;
  }

  private void printNextSteps(Path inbox, Path warehouse, Path report) {
    List<String> lines = List.of(
        "",
        "where things are:",
        "  inbox      " + inbox,
        "  warehouse  " + warehouse,
        "",
        "try next:",
        "  bin/socialbench sql --warehouse " + warehouse + " -e \"show tables in dw\"",
        "  bin/socialbench sql --admin --warehouse " + warehouse + " -e \"select * from ops.runs order by finished_at desc limit 10\"",
        "  bin/socialbench sql --warehouse " + warehouse + "          (interactive)",
        "  bin/socialbench serve-sql --warehouse " + warehouse + "    (JDBC for BI tools: jdbc:hive2://127.0.0.1:10000/default)",
        "  bin/socialbench report --warehouse " + warehouse + " --org ORG --month YYYY-MM --out report.html",
        "  bin/socialbench export --warehouse " + warehouse + " --agency AGENCY --month YYYY-MM --out extract/");
    if (report != null) out.println("\nopen the client report: " + report.toUri());
    lines.forEach(out::println);
  }
}
