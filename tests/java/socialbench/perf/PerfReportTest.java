package socialbench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figure lines and ratios from hand-made measurements (no Spark). */
@SuppressWarnings("unchecked")
class PerfReportTest {
  private static final LocalDate NIGHT = LocalDate.of(2026, 10, 1);

  private static NightMeasurement night(int days, double nightSeconds, double landSeconds) {
    return new NightMeasurement(days, NIGHT, HistoryPlan.before(NIGHT, days), 100, List.of(
        new StageFigure("land", landSeconds, 12, 3.5, 40_000, 39_000, 12, 20, 25, 19),
        new StageFigure("model", 20, 30, 3.5, 0, 50_000, 120, 200, 400, 15),
        new StageFigure("bench", 10, 15, 3.5, 0, 2_000, 60, 100, 150, 8),
        new StageFigure("check", 4, 5, 3.5, 40, 40, 30, 60, 60, 17),
        new StageFigure("night", nightSeconds, 62, 3.5, 40_000, 91_040, 222, 380, 635, 59)));
  }

  private static PerfReport report(double scale, double nightSeconds365, SparkCsvBaseline.Result csv) {
    return report(scale, nightSeconds365, csv, null);
  }

  private static PerfReport report(double scale, double nightSeconds365, SparkCsvBaseline.Result csv, ColdStart.Result cold) {
    PerfOptions options = new PerfOptions(scale, 365, 30, NIGHT, 42, 0, Path.of("perf"), Path.of("perf/x.json"), true);
    PerfInbox.Result inbox = new PerfInbox.Result(Path.of("/perf/inbox"), true, 0);
    return new PerfReport(new Perf.PerfResult(options, 250, inbox, List.of(night(30, 40, 8), night(365, nightSeconds365, 10)), csv,
        cold, 1.5, 2.5));
  }

  private static final ColdStart.Result COLD = cold();

  private static ColdStart.Result cold() {
    Map<Integer, Double> seconds = new LinkedHashMap<>();
    seconds.put(30, 13.0);
    seconds.put(365, 17.5);
    return new ColdStart.Result(seconds, 12.5);
  }

  @Test
  void theColdStartIsReportedForEachHistorysWarehouseAgainstAnEmptyOne() {
    List<String> lines = report(1, 44, null, COLD).lines();
    int i = lines.indexOf("perf scale=1 stage=cold_start warehouse=empty wall_s=12.5");
    assertEquals(List.of(
            "perf scale=1 stage=cold_start warehouse=empty wall_s=12.5",
            "perf scale=1 history_days=30 stage=cold_start warehouse=history wall_s=13.0",
            "perf scale=1 history_days=30 stage=cold_start ratio=history_over_empty value=1.04 target<=1.30 met=yes",
            "perf scale=1 history_days=365 stage=cold_start warehouse=history wall_s=17.5",
            "perf scale=1 history_days=365 stage=cold_start ratio=history_over_empty value=1.40 target<=1.30 met=no",
            "perf scale=1 stage=night ratio=history_365d_over_30d value=1.10 target<=1.25 met=yes"),
        lines.subList(i, lines.size()));
  }

  @Test
  void theJsonCarriesTheColdStartOfEachHistory() {
    Map<String, Object> cold = (Map<String, Object>) report(1, 44, null, COLD).json().get("cold_start");
    assertEquals(List.of("command", "empty_wall_s", "histories", "target_max"), List.copyOf(cold.keySet()));
    assertEquals("sql -e \"select 1\"", cold.get("command"));
    assertEquals(12.5, cold.get("empty_wall_s"));
    assertEquals(1.3, cold.get("target_max"));
    assertEquals(List.of(
            Map.of("history_days", 30, "wall_s", 13.0, "ratio_over_empty", 13.0 / 12.5),
            Map.of("history_days", 365, "wall_s", 17.5, "ratio_over_empty", 17.5 / 12.5)),
        cold.get("histories"));
    assertEquals(null, report(1, 44, null).json().get("cold_start"), "no cold start measured, no entry");
  }

  @Test
  void eachColdNightFollowsItsHistorysWarmNightWithStepsStartupAndTheTargetOnTheNightlyProcess() {
    PerfOptions options = new PerfOptions(1, 365, 30, NIGHT, 42, 0, Path.of("perf"), Path.of("perf/x.json"), true);
    PerfInbox.Result inbox = new PerfInbox.Result(Path.of("/perf/inbox"), true, 0);
    Map<String, Double> steps = new LinkedHashMap<>();
    steps.put("land", 9.0);
    steps.put("model", 40.0);
    steps.put("bench", 20.0);
    steps.put("check", 6.5);
    List<ColdNights.Result> cold = List.of(new ColdNights.Result(ColdNights.Way.NIGHTLY, 30, 88.0, steps),
        new ColdNights.Result(ColdNights.Way.DAG_STEPS, 30, 131.25, steps), new ColdNights.Result(ColdNights.Way.NIGHTLY, 365, 58.0, Map.of("land", 5.0)));
    PerfReport report = new PerfReport(new Perf.PerfResult(options, 250, inbox, List.of(night(30, 40, 8), night(365, 44, 10)), null,
        null, 1.5, 2.5, cold, RunSettings.of(socialbench.runtime.Settings.defaults())));
    List<String> lines = report.lines();
    int i = lines.indexOf("perf scale=1 history_days=30 night=2026-10-01 stage=night wall_s=40.0 cpu_s=62.0 load=3.50 rows_in=40000 rows_out=91040"
        + " rows_per_s=1000 sql_statements=222 sql_executions=380 spark_jobs=635 delta_commits=59 target_s<=60 met=yes");
    assertEquals(List.of(
            "perf scale=1 history_days=30 night=2026-10-01 stage=cold_night way=nightly processes=1 wall_s=88.0 land_s=9.0 model_s=40.0"
                + " bench_s=20.0 check_s=6.5 startup_s=12.5 target_s<=60 met=no",
            "perf scale=1 history_days=30 night=2026-10-01 stage=cold_night way=dag_steps processes=4 wall_s=131.3 land_s=9.0 model_s=40.0"
                + " bench_s=20.0 check_s=6.5 startup_s=55.8"),
        lines.subList(i + 1, i + 3));
    assertEquals("perf scale=1 history_days=365 night=2026-10-01 stage=cold_night way=nightly processes=1 wall_s=58.0 land_s=5.0"
        + " startup_s=53.0 target_s<=60 met=yes", lines.get(i + 9));
    // the cold ratio where both histories ran that way: 58.0 / 88.0 for nightly; dag_steps ran after 30 days only
    assertEquals(List.of("perf scale=1 stage=night ratio=history_365d_over_30d value=1.10 target<=1.25 met=yes",
            "perf scale=1 stage=cold_night way=nightly ratio=history_365d_over_30d value=0.66 target<=1.25 met=yes"),
        lines.subList(lines.size() - 2, lines.size()));
    assertEquals(Map.of("history", Map.of("value", 44.0 / 40.0, "target_max", 1.25),
        "history_cold_nightly", Map.of("value", 58.0 / 88.0, "target_max", 1.25)), report.json().get("ratios"));
    List<Map<String, Object>> json = (List<Map<String, Object>>) report.json().get("cold_nights");
    assertEquals(3, json.size());
    assertEquals(Map.of("history_days", 30, "way", "dag_steps", "commands", List.of("land", "model", "bench", "check"), "wall_s", 131.25,
        "step_s", steps, "startup_s", 55.75), json.get(1));
  }

  @Test
  void theColdNightsAreNamedOnTheCommandLine() {
    PerfOptions options = new PerfOptions(1, 365, 30, NIGHT, 42, 0, Path.of("perf"), Path.of("perf/x.json"), true, List.of("DAG_STEPS", "nightly"));
    assertEquals(List.of("dag_steps", "nightly"), options.coldNights());
    assertEquals(List.of(), new PerfOptions(1, 365, 30, NIGHT, 42, 0, Path.of("perf"), Path.of("perf/x.json"), true, List.of("none")).coldNights());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new PerfOptions(1, 365, 30, NIGHT, 42, 0, Path.of("perf"), Path.of("perf/x.json"), true, List.of("airflow")));
    assertEquals("--cold-nights takes nightly, dag_steps or none; got 'airflow'", e.getMessage());
    e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new PerfOptions(1, 365, 30, NIGHT, 42, 0, Path.of("perf"), Path.of("perf/x.json"), true, List.of("none", "nightly")));
    assertEquals("--cold-nights none stands alone (no cold nights); got 'none,nightly'", e.getMessage());
  }

  @Test
  void printsEveryStageWithScaleHistoryAndRowsPerSecond() {
    List<String> lines = report(1, 44, null).lines();
    assertEquals("perf scale=1 history_days=365 night=2026-10-01 stage=land wall_s=10.0 cpu_s=12.0 load=3.50 rows_in=40000 rows_out=39000 rows_per_s=4000 sql_statements=12 sql_executions=20 spark_jobs=25 delta_commits=19",
        lines.get(8));
    assertEquals("perf scale=1 history_days=365 night=2026-10-01 stage=model wall_s=20.0 cpu_s=30.0 load=3.50 rows_in=0 rows_out=50000 rows_per_s=2500 sql_statements=120 sql_executions=200 spark_jobs=400 delta_commits=15",
        lines.get(9));
    assertEquals("perf scale=1 history_days=365 night=2026-10-01 stage=night wall_s=44.0 cpu_s=62.0 load=3.50 rows_in=40000 rows_out=91040 rows_per_s=909 sql_statements=222 sql_executions=380 spark_jobs=635 delta_commits=59 target_s<=60 met=yes",
        lines.get(12));
    assertEquals("perf scale=1 history_days=30 night=2026-10-01 stage=history bulk_nights=2 wall_s=100.0", lines.get(1));
  }

  @Test
  void theHistoryRatioIsTheLongNightOverTheBaselineNight() {
    List<String> lines = report(0.1, 52, null).lines();
    assertEquals("perf scale=0.1 stage=night ratio=history_365d_over_30d value=1.30 target<=1.25 met=no", lines.get(lines.size() - 1));
  }

  @Test
  void theLandingRatioIsLandingRowsPerSecondOverSparksCsvReader() {
    // landing 40,000 rows in 10 s = 4,000 rows/s; Spark 30,000 rows in 5 s = 6,000 rows/s
    List<String> lines = report(0.1, 44, new SparkCsvBaseline.Result(300, 30_000, 5, 6)).lines();
    assertEquals("perf scale=0.1 history_days=365 night=2026-10-01 stage=spark_csv files=300 formats=6 wall_s=5.0 rows_in=30000 rows_out=30000 rows_per_s=6000",
        lines.get(lines.size() - 3));
    assertEquals("perf scale=0.1 stage=land ratio=land_over_spark_csv value=0.67 target>=0.50 met=yes", lines.get(lines.size() - 1));
  }

  /**
   * Two runs that differ by a -D override differ in their JSON: the Spark settings the steps start from
   * (conf/socialbench.conf's, then -Dspark.* overrides) and the large-warehouse threshold and keys.
   */
  @Test
  @SuppressWarnings("unchecked")
  void theJsonRecordsTheSparkSettingsAndTheLargeWarehouseSettingsTheRunUsed() {
    PerfOptions options = new PerfOptions(3, 7, 0, NIGHT, 42, 0, Path.of("perf"), Path.of("perf/x.json"), false);
    PerfInbox.Result inbox = new PerfInbox.Result(Path.of("/perf/inbox"), true, 0);
    socialbench.runtime.Settings overridden = socialbench.runtime.Settings.load(null,
        Map.of("spark.sql.shuffle.partitions", "7", "socialbench.spark.large-warehouse.organizations", "0"));
    Map<String, Object> settings = (Map<String, Object>) new PerfReport(new Perf.PerfResult(options, 750, inbox, List.of(night(7, 40, 8)),
        null, null, 1.5, 2.5, List.of(), RunSettings.of(overridden))).json().get("settings");
    Map<String, String> spark = (Map<String, String>) settings.get("spark_conf");
    assertEquals("7", spark.get("spark.sql.shuffle.partitions"));
    assertEquals("false", spark.get("spark.sql.codegen.wholeStage"), "conf/socialbench.conf's value where no -D overrides it");
    assertEquals(Map.of("organizations", 0L, "conf", Map.of("spark.sql.codegen.factoryMode", "FALLBACK", "spark.sql.codegen.wholeStage", "true")),
        settings.get("large_warehouse"));

    Map<String, String> secret = RunSettings.of(socialbench.runtime.Settings.load(null,
        Map.of("spark.hadoop.fs.s3a.secret.key", "s3cr3t-value", "spark.hadoop.fs.s3a.access.key", "AKIAEXAMPLE"))).sparkConf();
    assertEquals("*********(redacted)", secret.get("spark.hadoop.fs.s3a.secret.key"));
    assertEquals("*********(redacted)", secret.get("spark.hadoop.fs.s3a.access.key"));

    Map<String, Object> bundled = (Map<String, Object>) report(1, 44, null).json().get("settings");
    assertEquals("2", ((Map<String, String>) bundled.get("spark_conf")).get("spark.sql.shuffle.partitions"));
    assertEquals(1000L, ((Map<String, Object>) bundled.get("large_warehouse")).get("organizations"));
  }

  @Test
  void dailyNightsAreCountedApartFromBulkNightsWithTheirFirstAndLastNightsMeans() {
    PerfOptions options = new PerfOptions(0.1, 30, 0, NIGHT, 42, 0, Path.of("perf"), Path.of("perf/x.json"), false, List.of(), List.of(), 8);
    List<Double> daily = List.of(10.0, 11.0, 12.0, 13.0, 14.0, 20.0, 21.0, 22.5);
    NightMeasurement n = new NightMeasurement(30, NIGHT, HistoryPlan.before(NIGHT, 30, 8), 300, night(30, 40, 8).stages(), daily);
    PerfReport report = new PerfReport(new Perf.PerfResult(options, 25, new PerfInbox.Result(Path.of("/perf/inbox"), true, 0), List.of(n),
        null, null, 1.5, 2.5));
    List<String> lines = report.lines();
    assertEquals("perf scale=0.1 history_days=30 night=2026-10-01 stage=history bulk_nights=2 wall_s=300.0", lines.get(1));
    // first five: (10 + 11 + 12 + 13 + 14) / 5 = 12.0; last five: (13 + 14 + 20 + 21 + 22.5) / 5 = 18.1
    assertEquals("perf scale=0.1 history_days=30 night=2026-10-01 stage=daily_nights n=8 first5_mean_s=12.0 last5_mean_s=18.1", lines.get(2));
    Map<String, Object> run = (Map<String, Object>) ((List<Object>) report.json().get("runs")).get(0);
    assertEquals(List.of("2026-09-01..2026-09-07", "2026-09-08..2026-09-22"), run.get("history_bulk_nights"));
    assertEquals(daily, run.get("history_daily_nights_wall_s"));
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new PerfOptions(1, 365, 30, NIGHT, 42, 0, Path.of("perf"), Path.of("perf/x.json"), true, List.of(), List.of(), 24));
    assertEquals("--daily-nights must be between 0 and 23 (the shortest history less its first week), got 24", e.getMessage());
  }
}
