package socialbench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import socialbench.testing.CliRun;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * {@code perf} end to end at the smallest scale (0.004 = 1 organization): two days of history built by
 * one bulk night, the measured night of 2026-10-01, Spark's CSV reader on its files; the printed figures
 * and the JSON agree with what ops.runs and ops.landed_files recorded.
 */
@ExtendWith(SparkTestExtension.class)
class PerfCommandTest {
  private static final Pattern STAGE = Pattern.compile(
      "^perf scale=0.004 history_days=2 night=2026-10-01 stage=(\\w+) wall_s=([0-9.]+) cpu_s=([0-9.]+) load=[0-9.-]+ rows_in=(\\d+) rows_out=(\\d+) rows_per_s=(\\d+)"
          + " sql_statements=(\\d+) sql_executions=(\\d+) spark_jobs=(\\d+) delta_commits=(\\d+)$");

  @TempDir static Path dir;

  private static CliRun perf;
  private static TestWarehouse wh;
  private static Path warehouse;

  @BeforeAll
  static void runPerfAtOneOrganization(TestWarehouse testWarehouse) {
    wh = testWarehouse;
    List<String> args = new ArrayList<>(List.of("perf", "--scale", "0.004", "--history-days", "2", "--baseline-days", "0",
        "--workdir", dir.toString(), "--json", dir.resolve("figures.json").toString(), "--master", "local[2]", "--cold-nights", "nightly"));
    args.addAll(List.of(wh.partitionOptions())); // the test session's: perf passes them on to its cold nightly process too
    // The cold processes run as the tests' other child JVMs do (client compiler only: less CPU for a JVM that runs one night).
    for (String flag : socialbench.testing.CliProcess.COLD_JVM_FLAGS) args.add("--cold-jvm-option=" + flag);
    perf = CliRun.of(args.toArray(String[]::new));
    warehouse = dir.resolve("warehouse-h2");
    System.out.println(perf.out()); // the figures, for the build log
  }

  /** job → {rows_in, rows_out} of the measured night's successful runs, read from the perf warehouse by path. */
  private static Map<String, long[]> runsOfTheNight() {
    Map<String, long[]> out = new LinkedHashMap<>();
    for (Row r : wh.spark().read().format("delta").load(warehouse.resolve("ops.db/runs").toString())
        .where("logical_date = date'2026-10-01' and status = 'succeeded'").select("job", "rows_in", "rows_out").collectAsList()) {
      out.put(r.getString(0), new long[] {r.getLong(1), r.getLong(2)});
    }
    return out;
  }

  @Test
  void printsLandModelBenchCheckAndTheNightWithTheRowsOpsRunsRecorded() {
    assertEquals(0, perf.exitCode(), perf.err());
    Map<String, long[]> runs = runsOfTheNight();
    assertEquals(java.util.Set.of("land", "model", "bench", "check", "nightly"), runs.keySet());
    List<String> stages = new ArrayList<>();
    for (String line : perf.out().lines().toList()) {
      Matcher m = STAGE.matcher(line);
      if (!m.matches()) continue;
      String stage = m.group(1);
      stages.add(stage);
      long[] recorded = runs.get(stage.equals("night") ? "nightly" : stage);
      assertEquals(recorded[0], Long.parseLong(m.group(4)), line);
      assertEquals(recorded[1], Long.parseLong(m.group(5)), line);
      assertTrue(Double.parseDouble(m.group(2)) > 0, line);
    }
    assertEquals(List.of("land", "model", "bench", "check", "night"), stages, perf.out());
    assertTrue(runs.get("land")[0] > 100, "the night of one organization read " + runs.get("land")[0] + " rows");
  }

  /**
   * Each stage's Delta commits are the commit files its tables' logs gained while the night ran (ops.runs
   * left out: the runner's bookkeeping); the night's counts are the stages' sums.
   */
  @Test
  void eachStagesSqlExecutionsSparkJobsAndDeltaCommitsAreCountedAndTheCommitsAreThoseInTheLogs() throws Exception {
    Map<String, long[]> work = new LinkedHashMap<>();
    for (String line : perf.out().lines().toList()) {
      Matcher m = STAGE.matcher(line);
      if (m.matches()) {
        work.put(m.group(1), new long[] {Long.parseLong(m.group(7)), Long.parseLong(m.group(8)), Long.parseLong(m.group(9)), Long.parseLong(m.group(10))});
      }
    }
    long[] sum = new long[4];
    for (String stage : List.of("land", "model", "bench", "check")) {
      long[] w = work.get(stage);
      for (int i = 0; i < 4; i++) sum[i] += w[i];
      assertTrue(w[0] > 0 && w[2] > 0, stage + " ran SQL statements and Spark jobs: " + java.util.Arrays.toString(w));
      // the executions are the statements and the queries Delta runs inside them (every stage reads a Delta table)
      assertTrue(w[1] > w[0], stage + " ran Delta's own queries inside its statements: " + java.util.Arrays.toString(w));
    }
    assertEquals(java.util.Arrays.toString(sum), java.util.Arrays.toString(work.get("night")));
    assertTrue(work.get("model")[3] > 5 && work.get("bench")[3] >= 8, "model and bench write their tables: " + perf.out());

    Row night = wh.spark().read().format("delta").load(warehouse.resolve("ops.db/runs").toString())
        .where("logical_date = date'2026-10-01' and job = 'nightly' and status = 'succeeded'").select("started_at", "finished_at").first();
    long from = night.getTimestamp(0).getTime(), to = night.getTimestamp(1).getTime();
    long commits = 0;
    try (java.util.stream.Stream<Path> logs = java.nio.file.Files.walk(warehouse)) {
      for (Path f : logs.filter(p -> p.getParent().getFileName().toString().equals("_delta_log")
          && p.getFileName().toString().matches("[0-9]{20}\\.json") && !p.toString().contains("/ops.db/runs/")).toList()) {
        long t = java.nio.file.Files.getLastModifiedTime(f).toMillis();
        if (t >= from && t <= to) commits++;
      }
    }
    assertEquals(commits, work.get("night")[3], "commit files written during the night, ops.runs left out");
  }

  @Test
  void theHistoryIsOneBulkNightFromSeptember29To30() throws Exception {
    assertTrue(perf.out().contains("perf scale=0.004 history_days=2 night=2026-10-01 stage=history bulk_nights=1 wall_s="), perf.out());
    JsonNode json = new ObjectMapper().readTree(dir.resolve("figures.json").toFile());
    assertEquals("[\"2026-09-29..2026-09-30\"]", json.at("/runs/0/history_bulk_nights").toString());
    long landRuns = wh.spark().read().format("delta").load(warehouse.resolve("ops.db/runs").toString()).where("job = 'land'").count();
    assertEquals(2, landRuns, "one land run for the history, one for the night");
  }

  @Test
  void theJsonHoldsEveryStageWithTheRowsOpsRunsRecorded() throws Exception {
    JsonNode json = new ObjectMapper().readTree(dir.resolve("figures.json").toFile());
    assertEquals(0.004, json.get("scale").asDouble());
    assertEquals(1, json.get("orgs").asInt());
    Map<String, long[]> runs = runsOfTheNight();
    List<String> stages = new ArrayList<>();
    for (JsonNode s : json.at("/runs/0/stages")) {
      String stage = s.get("stage").asText();
      stages.add(stage);
      long[] recorded = runs.get(stage.equals("night") ? "nightly" : stage);
      assertEquals(recorded[0], s.get("rows_in").asLong(), stage);
      assertEquals(recorded[1], s.get("rows_out").asLong(), stage);
    }
    assertEquals(List.of("land", "model", "bench", "check", "night"), stages);
    assertEquals(0, json.get("ratios").at("/history").size(), "no baseline, no history ratio");
    // the -D options the run got (the test session's partitions) are in the settings it records
    assertEquals("1", json.at("/settings/spark_conf/spark.sql.shuffle.partitions").asText(), json.get("settings").toString());
    assertEquals(1000, json.at("/settings/large_warehouse/organizations").asInt(), json.get("settings").toString());
  }

  @Test
  void theColdStartOfSqlIsReportedOnTheHistorysWarehouseAndInTheJson() throws Exception {
    assertTrue(perf.out().lines().anyMatch(l -> l.matches("perf scale=0.004 stage=cold_start warehouse=empty wall_s=[0-9.]+")), perf.out());
    assertTrue(perf.out().lines().anyMatch(l -> l.matches(
        "perf scale=0.004 history_days=2 stage=cold_start ratio=history_over_empty value=[0-9.]+ target<=1.30 met=(yes|no)")), perf.out());
    JsonNode cold = new ObjectMapper().readTree(dir.resolve("figures.json").toFile()).get("cold_start");
    assertEquals(1, cold.get("histories").size(), "one history (no baseline)");
    assertEquals(2, cold.at("/histories/0/history_days").asInt());
    assertEquals(cold.at("/histories/0/wall_s").asDouble() / cold.get("empty_wall_s").asDouble(),
        cold.at("/histories/0/ratio_over_empty").asDouble(), 1e-9);
  }

  /**
   * The night again as a new {@code nightly} process on a copy of the warehouse taken before the warm night:
   * each step's seconds are those its ops.runs row records in the copy, start-up is the rest of the process's
   * wall, and the copy's dw and bench tables equal the warm night's.
   */
  @Test
  void theColdNightlyProcessRunsOnACopyAndItsStepsAreThoseItsOpsRunsRecorded() throws Exception {
    Pattern cold = Pattern.compile("^perf scale=0.004 history_days=2 night=2026-10-01 stage=cold_night way=nightly processes=1 wall_s=([0-9.]+)"
        + " land_s=([0-9.]+) model_s=([0-9.]+) bench_s=([0-9.]+) check_s=([0-9.]+) startup_s=([0-9.]+)$");
    List<Matcher> lines = perf.out().lines().map(cold::matcher).filter(Matcher::matches).toList();
    assertEquals(1, lines.size(), perf.out());
    Matcher m = lines.get(0);
    Path copy = dir.resolve("scratch/cold-nightly-h2");
    Map<String, Double> recorded = new LinkedHashMap<>();
    for (Row r : wh.spark().read().format("delta").load(copy.resolve("ops.db/runs").toString())
        .where("logical_date = date'2026-10-01' and status = 'succeeded'")
        .selectExpr("job", "(unix_millis(finished_at) - unix_millis(started_at)) / 1000d").collectAsList()) {
      recorded.put(r.getString(0), r.getDouble(1));
    }
    assertEquals(java.util.Set.of("land", "model", "bench", "check", "nightly"), recorded.keySet(), "one nightly process ran in the copy");
    double steps = 0;
    for (int i = 0; i < 4; i++) {
      String step = List.of("land", "model", "bench", "check").get(i);
      assertEquals(String.format(java.util.Locale.ROOT, "%.1f", recorded.get(step)), m.group(i + 2), step); // printed as perf rounds it
      steps += recorded.get(step);
    }
    double wall = Double.parseDouble(m.group(1));
    assertTrue(wall > recorded.get("nightly"), "the process's wall includes its start: " + m.group());
    assertEquals(wall - steps, Double.parseDouble(m.group(6)), 0.15, m.group());
    JsonNode json = new ObjectMapper().readTree(dir.resolve("figures.json").toFile()).get("cold_nights");
    assertEquals(1, json.size());
    assertEquals("nightly", json.at("/0/way").asText());
    assertEquals(recorded.get("model"), json.at("/0/step_s/model").asDouble(), 1e-6);
    List<String> databases = List.of("dw", "bench");
    assertEquals(socialbench.testing.WarehouseSnapshot.of(wh.spark(), warehouse, databases),
        socialbench.testing.WarehouseSnapshot.of(wh.spark(), copy, databases), "the cold night wrote the warm night's tables");
  }

  /** The cold processes' JVM options: this JVM's, then each --cold-jvm-option in order; the JSON records them. */
  @Test
  void theColdJvmOptionsFollowThisJvmsFlagsAndAreRecordedInTheJson() throws Exception {
    List<String> cmd = NewJvm.socialbench(List.of("-XX:TieredStopAtLevel=1", "-Xss2m"), List.of("sql", "-e", "select 1"));
    List<String> own = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
    assertEquals(own, cmd.subList(1, 1 + own.size()));
    assertEquals(List.of("-XX:TieredStopAtLevel=1", "-Xss2m", "-cp"), cmd.subList(1 + own.size(), 4 + own.size()));
    assertEquals(List.of("socialbench.cli.Main", "sql", "-e", "select 1"), cmd.subList(cmd.size() - 4, cmd.size()));
    JsonNode json = new ObjectMapper().readTree(dir.resolve("figures.json").toFile()).get("cold_jvm_options");
    List<String> recorded = new ArrayList<>();
    json.forEach(o -> recorded.add(o.asText()));
    assertEquals(socialbench.testing.CliProcess.COLD_JVM_FLAGS, recorded);
  }

  @Test
  void aColdJvmOptionThatIsNotAnOptionIsRefused() {
    CliRun r = CliRun.of("perf", "--scale", "0.004", "--workdir", dir.resolve("refused").toString(), "--cold-jvm-option", "Xss2m");
    assertEquals(1, r.exitCode(), r.err());
    assertEquals("socialbench perf: --cold-jvm-option takes one JVM option starting with '-', got 'Xss2m'\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void sparksCsvReaderReadTheNightsPlainCsvFilesAndTheLandingRatioIsPrinted() throws Exception {
    Row csv = wh.spark().sql("select count(*), sum(f.rows_read) from delta.`" + warehouse.resolve("ops.db/landed_files")
        + "` f join delta.`" + warehouse.resolve("ops.db/runs") + "` r on f.run_id = r.run_id"
        + " where r.job = 'land' and r.logical_date = date'2026-10-01' and f.status = 'landed'"
        + " and lower(f.path) like '%.csv' and f.path not like '%!%'").first();
    JsonNode json = new ObjectMapper().readTree(dir.resolve("figures.json").toFile());
    assertEquals(csv.getLong(0), json.at("/spark_csv/files").asLong());
    assertEquals(csv.getLong(1), json.at("/spark_csv/rows").asLong());
    assertTrue(csv.getLong(0) > 0, "the night has plain CSV files");
    assertTrue(perf.out().lines().anyMatch(l -> l.matches("perf scale=0.004 stage=land ratio=land_over_spark_csv value=[0-9.]+ target>=0.50 met=(yes|no)")),
        perf.out());
  }
}
