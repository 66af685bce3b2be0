package socialbench.airflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.apache.spark.sql.Row;
import socialbench.airflow.AirflowClient.IfExists;
import socialbench.testing.DirectoryCopy;
import socialbench.testing.SampleNight;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;
import socialbench.testing.WarehouseSnapshot;

/**
 * One real night through Airflow: the nightly DAG ({@code dags/socialbench_nightly.py}) runs the built
 * target/socialbench.jar with pyspark's spark-submit, step by step, on a copy of the sample inbox
 * (export date 2026-11-01). Runs after {@code package} (Failsafe, through {@link AirflowIT}), on the
 * {@link LocalAirflow} of this JVM.
 */
@ExtendWith({LocalAirflowExtension.class, SparkTestExtension.class})
abstract class NightlyDagCases {
  private static final String DAG = "socialbench_nightly";
  private static final LocalDate NIGHT = LocalDate.of(2026, 11, 1);
  // Four spark-submit JVMs one after the other on a shared 2-core machine (about 12+ min under load).
  private static final Duration WAIT = Duration.ofMinutes(25);
  private static final Duration POLL = Duration.ofSeconds(2);

  @TempDir static Path dir;

  private static AirflowClient client;
  private static Path warehouse;
  private static Path inbox;
  private static DagRun run;

  @BeforeAll
  static void runTheNightThroughAirflow(LocalAirflow airflow) throws IOException {
    Path repo = Path.of(System.getenv().getOrDefault("SOCIALBENCH_HOME", System.getProperty("user.dir")));
    Path jar = repo.resolve("target/socialbench.jar");
    assertTrue(Files.isRegularFile(jar) && Files.isDirectory(repo.resolve("target/lib")), "run after mvn package: " + jar + " or target/lib is missing");
    warehouse = Files.createDirectories(dir.resolve("warehouse"));
    inbox = DirectoryCopy.of(repo.resolve("tests/fixtures/land/inbox"), dir.resolve("inbox"));

    AirflowHttp http = new AirflowHttp(airflow.connection());
    http.post("/api/v2/pools", Map.of("name", "socialbench", "slots", 1, "description", "one Spark job at a time"));
    Map<String, String> variables = new LinkedHashMap<>();
    variables.put("socialbench_spark_submit", repo.resolve(".venv/bin/spark-submit").toString());
    variables.put("socialbench_spark_master", "local[2]");
    variables.put("socialbench_driver_memory", "1g");
    variables.put("socialbench_jar", jar.toString());
    variables.put("socialbench_warehouse", warehouse.toString());
    variables.put("socialbench_inbox", inbox.toString());
    // The steps get the test session's shuffle and snapshot partitions through the settings-file variable.
    Map<String, String> spark = SparkTestExtension.testSettings(warehouse).sparkConf();
    StringBuilder steps = new StringBuilder();
    for (String key : SparkTestExtension.PARTITION_KEYS) steps.append("socialbench.spark.conf.\"").append(key).append("\" = \"").append(spark.get(key)).append("\"\n");
    Path conf = Files.writeString(dir.resolve("steps.conf"), steps);
    variables.put("socialbench_conf", conf.toString());
    variables.forEach((key, value) -> http.post("/api/v2/variables", Map.of("key", key, "value", value)));

    client = new AirflowClient(airflow.connection());
    DagRun triggered = client.trigger(DAG, NIGHT, IfExists.FAIL); // waits until the DAG is parsed
    // The DAG is paused at creation; with no job schedule in the test Airflow, only the triggered run runs.
    http.patch("/api/v2/dags/" + DAG, Map.of("is_paused", false));
    run = client.waitFor(DAG, triggered.runId(), WAIT, POLL);
  }

  @Test
  void theNightOf20261101SucceedsWithItsFourStepsEachOnTheFirstTry() {
    assertEquals("success", run.state(), () -> "run " + run.runId() + " ended " + run.state() + "; tasks: " + client.taskInstances(DAG, run.runId()));
    assertEquals("2026-11-01T00:00:00Z", run.dataIntervalStart());
    assertEquals("2026-11-02T00:00:00Z", run.dataIntervalEnd());
    List<TaskInstance> tasks = client.taskInstances(DAG, run.runId());
    assertEquals(
        List.of(
            new TaskInstance("bench", run.runId(), "success", 1, 3),
            new TaskInstance("check", run.runId(), "success", 1, 3),
            new TaskInstance("land", run.runId(), "success", 1, 3),
            new TaskInstance("model", run.runId(), "success", 1, 3)),
        tasks.stream().sorted(java.util.Comparator.comparing(TaskInstance::taskId)).toList());
  }

  @Test
  void theLandTaskLogShowsTheSparkSubmitOfTheNightAndTheLandSummary() {
    List<String> log = client.taskLog(DAG, run.runId(), "land", 1);
    String all = String.join("\n", log);
    assertTrue(log.stream().anyMatch(l -> l.contains("land --date 2026-11-01 --warehouse")), all);
    assertTrue(log.stream().anyMatch(l -> l.contains("land 2026-11-01: 11 files (11 landed, 0 skipped_duplicate, 0 rejected), 91 rows landed")), all);
  }

  @Test
  void theWarehouseHoldsTheNightsSucceededStepsAndTheSamplesFiveTweets(TestWarehouse wh) {
    // Read from the files in this JVM (a cold `sql` process cost ≈ 25 s of the run for the same rows).
    List<String> runs = wh.spark().read().format("delta").load(warehouse.resolve("ops.db/runs").toString())
        .selectExpr("job", "cast(logical_date as string) as d", "status").collectAsList().stream()
        .map(r -> r.getString(0) + "|" + r.getString(1) + "|" + r.getString(2)).sorted().toList();
    // Each step run on its own records its run: the night through Airflow shows all four, and nothing else.
    assertEquals(List.of("bench|2026-11-01|succeeded", "check|2026-11-01|succeeded", "land|2026-11-01|succeeded", "model|2026-11-01|succeeded"), runs);
    List<String> tweets = wh.spark().read().parquet(warehouse.resolve("bronze.db/x_tweet_activity").toString())
        .selectExpr("cast(_export_date as string)").collectAsList().stream().map(r -> r.getString(0)).toList();
    assertEquals(List.of("2026-11-01", "2026-11-01", "2026-11-01", "2026-11-01", "2026-11-01"), tweets);
  }

  @Test
  void theCheckTaskPublishedTheFactTable() {
    assertTrue(Files.isRegularFile(warehouse.resolve("dw.db/fct_post/_socialbench_published")), "no publication pointer under " + warehouse.resolve("dw.db/fct_post"));
  }

  /**
   * The same night run by {@code nightly} in one process, on the same inbox, into another warehouse: every
   * table holds the same rows as the warehouse Airflow's four step processes built (run ids and wall-clock
   * times left out), and ops.runs has the same four step rows (job, date, status, rows, message) plus the
   * night's own {@code nightly} row.
   */
  @Test
  void nightlyInOneProcessBuildsTheSameTablesAndTheSameStepRunsAsTheDagsFourSteps(TestWarehouse wh) throws Exception {
    assertEquals(SampleNight.NIGHT, NIGHT.toString());
    SampleNight.copyInto(wh, inbox); // `nightly` in one process, same inbox and night
    Path byNightly = wh.dir();

    List<String> databases = List.of("bronze", "ops", "dw", "bench");
    TreeMap<String, List<String>> dag = WarehouseSnapshot.of(wh.spark(), warehouse, databases);
    TreeMap<String, List<String>> nightly = WarehouseSnapshot.of(wh.spark(), byNightly, databases);
    List<String> dagRuns = stepRuns(wh, warehouse);
    List<String> nightlyRuns = stepRuns(wh, byNightly);
    dag.remove("ops.runs");
    nightly.remove("ops.runs");
    assertEquals(dag.keySet(), nightly.keySet());
    assertTrue(dag.size() > 30, "tables compared: " + dag.keySet());
    for (String table : dag.keySet()) {
      assertEquals(dag.get(table), nightly.get(table), table);
    }
    assertEquals(4, dagRuns.size(), String.join("\n", dagRuns));
    assertEquals(dagRuns, nightlyRuns.stream().filter(r -> !r.startsWith("nightly|")).toList());
    List<String> nightRow = nightlyRuns.stream().filter(r -> r.startsWith("nightly|")).toList();
    assertEquals(1, nightRow.size(), String.join("\n", nightlyRuns));
    assertTrue(nightRow.get(0).startsWith("nightly|2026-11-01|succeeded|91|"), nightRow.get(0));
  }

  /** ops.runs of a warehouse without run ids and times, one line per run, ordered by job. */
  private static List<String> stepRuns(TestWarehouse wh, Path warehouse) {
    return wh.spark().read().format("delta").load(warehouse.resolve("ops.db/runs").toString())
        .selectExpr("concat_ws('|', job, cast(logical_date as string), status, cast(rows_in as string), cast(rows_out as string), coalesce(message, ''))")
        .collectAsList().stream().map((Row r) -> r.getString(0)).sorted().toList();
  }

}
