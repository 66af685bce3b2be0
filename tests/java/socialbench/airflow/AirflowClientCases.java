package socialbench.airflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.airflow.AirflowClient.IfExists;
import socialbench.airflow.AirflowClient.Reprocess;

/**
 * The Airflow client against a real Airflow 3 (see {@link LocalAirflow}); every test uses its own nights.
 * Run by {@link AirflowIT}.
 */
@ExtendWith(LocalAirflowExtension.class)
abstract class AirflowClientCases {
  private static final Duration WAIT = Duration.ofSeconds(240); // generous: the 2 cores are shared with other test JVMs
  private static final Duration POLL = Duration.ofMillis(500);

  private static LocalAirflow airflow;
  private static AirflowClient client;

  @BeforeAll
  static void connect(LocalAirflow localAirflow) {
    airflow = localAirflow;
    client = new AirflowClient(airflow.connection());
  }

  @Test
  void logsInOnceAndReusesTheTokenForLaterCalls() {
    AirflowClient fresh = new AirflowClient(airflow.connection());
    fresh.runs("sb_echo", Map.of());
    fresh.taskIds("sb_echo");
    fresh.assets("socialbench://%");
    assertEquals(1, fresh.logins());
  }

  @Test
  void logsInAgainWhenTheServerSaysTheTokenHasExpired() throws InterruptedException {
    AirflowClient fresh = new AirflowClient(airflow.connection());
    fresh.login();
    Thread.sleep((LocalAirflow.TOKEN_SECONDS + 1) * 1000L);
    assertEquals(List.of("say"), fresh.taskIds("sb_echo"));
    assertEquals(2, fresh.logins());
  }

  @Test
  void aWrongPasswordFailsWithTheServersDetailAndWithoutThePassword() {
    AirflowClient wrong = new AirflowClient(airflow.connectionWithPassword("not-the-password"));
    AirflowApiException e = assertThrows(AirflowApiException.class, wrong::login);
    assertEquals(401, e.status());
    assertEquals("Airflow answered 401 to POST /auth/token (login as admin): Invalid credentials", e.getMessage());
    assertTrue(!airflow.connection().toString().contains(airflow.password()));
  }

  @Test
  void triggersANightWithItsDataIntervalWaitsForSuccessAndReadsTheTaskLog() {
    DagRun run = client.trigger("sb_echo", LocalDate.of(2024, 3, 5), IfExists.FAIL);
    assertEquals("2024-03-05T00:00:00Z", run.logicalDate());
    assertEquals("2024-03-05T00:00:00Z", run.dataIntervalStart());
    assertEquals("2024-03-06T00:00:00Z", run.dataIntervalEnd());
    assertEquals("manual", run.runType());

    DagRun done = client.waitFor("sb_echo", run.runId(), WAIT, POLL);
    assertEquals("success", done.state());
    List<TaskInstance> tasks = client.taskInstances("sb_echo", run.runId());
    assertEquals(List.of(new TaskInstance("say", run.runId(), "success", 1, 0)), tasks);
    List<String> log = client.taskLog("sb_echo", run.runId(), "say", 1);
    assertTrue(log.stream().anyMatch(l -> l.endsWith("night=2024-03-05")), () -> String.join("\n", log));
  }

  @Test
  void triggeringANightThatHasARunFailsWithThatRunsIdOrReturnsIt() {
    LocalDate night = LocalDate.of(2024, 3, 6);
    DagRun first = client.trigger("sb_echo", night, IfExists.FAIL);

    AirflowApiException e = assertThrows(AirflowApiException.class, () -> client.trigger("sb_echo", night, IfExists.FAIL));
    assertEquals(409, e.status());
    assertTrue(
        e.getMessage().startsWith("Airflow answered 409 to POST /api/v2/dags/sb_echo/dagRuns: a run of sb_echo for 2024-03-06 exists already: " + first.runId() + " ("),
        e.getMessage());
    assertEquals(first.runId(), client.trigger("sb_echo", night, IfExists.RETURN_EXISTING).runId());
  }

  @Test
  void anUnknownDagFailsWithTheServersDetailAfterTheRetries() {
    AirflowClient impatient = new AirflowClient(airflow.connection(), new RetryPolicy(2, Duration.ofMillis(100), Duration.ofMillis(100)), 100);
    AirflowApiException e = assertThrows(AirflowApiException.class, () -> impatient.trigger("no_such_dag", LocalDate.of(2024, 3, 5), IfExists.FAIL));
    assertEquals(404, e.status());
    assertEquals(
        "Airflow answered 404 to DAG no_such_dag: Dag with dag_id: 'no_such_dag' not found after 2 tries; is its file in the DAGs folder and free of import errors?",
        e.getMessage());
  }

  @Test
  void aDagFileAddedJustNowIsTriggeredOnceAirflowHasParsedIt() throws Exception {
    airflow.addDag("sb_late.py");
    DagRun run = client.trigger("sb_late", LocalDate.of(2024, 3, 7), IfExists.FAIL);
    assertEquals("sb_late", run.dagId());
    assertEquals("success", client.waitFor("sb_late", run.runId(), WAIT, POLL).state());
  }

  @Test
  void clearingTheFailedTaskOfARunRunsItAgainAndTheRunSucceeds() throws Exception {
    LocalDate night = LocalDate.of(2024, 5, 1);
    DagRun run = client.trigger("sb_flaky", night, IfExists.FAIL);
    assertEquals("failed", client.waitFor("sb_flaky", run.runId(), WAIT, POLL).state());

    List<TaskInstance> wouldClear = client.clearFailed("sb_flaky", run.runId(), true);
    assertEquals(List.of("needs_marker"), wouldClear.stream().map(TaskInstance::taskId).toList());
    assertEquals("failed", client.run("sb_flaky", run.runId()).state(), "a dry run changes nothing");

    Files.writeString(airflow.markers().resolve("2024-05-01.ok"), "");
    List<TaskInstance> cleared = client.clearFailed("sb_flaky", run.runId(), false);
    assertEquals(List.of("needs_marker"), cleared.stream().map(TaskInstance::taskId).toList());
    assertEquals("success", client.waitFor("sb_flaky", run.runId(), WAIT, POLL).state());
    TaskInstance again = client.taskInstances("sb_flaky", run.runId()).get(0);
    assertEquals("success", again.state());
    assertEquals(2, again.tryNumber());
  }

  @Test
  void aBackfillOfTwoNightsMakesOneSuccessfulRunPerNight() throws InterruptedException {
    Backfill backfill = client.createBackfill("sb_echo", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 2), 2, Reprocess.NONE);
    assertEquals("sb_echo", backfill.dagId());
    assertEquals("2024-04-01T00:00:00Z", backfill.fromDate());
    assertEquals("2024-04-02T00:00:00Z", backfill.toDate());

    long deadline = System.nanoTime() + WAIT.toNanos();
    List<DagRun> runs = client.backfillRuns("sb_echo", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 2));
    while (!(runs.size() == 2 && runs.stream().allMatch(r -> "success".equals(r.state()))) && System.nanoTime() < deadline) {
      Thread.sleep(POLL.toMillis());
      runs = client.backfillRuns("sb_echo", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 2));
    }
    assertEquals(List.of("2024-04-01T00:00:00Z", "2024-04-02T00:00:00Z"), runs.stream().map(DagRun::logicalDate).toList());
    assertEquals(List.of("success", "success"), runs.stream().map(DagRun::state).toList());
    assertEquals(List.of("backfill", "backfill"), runs.stream().map(DagRun::runType).toList());
  }

  @Test
  void postsAnAssetEventWithExtraToTheAssetFoundByItsUri() {
    AirflowAsset asset = client.assetByUri("socialbench://test/echo");
    assertEquals("sb_echo_out", asset.name());
    assertEquals(asset, client.asset(asset.id()));

    AssetEvent event = client.postAssetEvent(asset.id(), Map.of("night", "2024-03-05"));
    assertEquals(asset.id(), event.assetId());
    assertEquals("2024-03-05", event.extra().get("night"));
    assertTrue(client.assetEvents(asset.id()).stream().anyMatch(e -> e.id() == event.id()));
  }

  @Test
  void anUnknownAssetUriIsAnErrorThatNamesIt() {
    AirflowApiException e = assertThrows(AirflowApiException.class, () -> client.assetByUri("socialbench://test/nothing"));
    assertEquals("Airflow answered 404 to GET /api/v2/assets: no asset has the URI socialbench://test/nothing", e.getMessage());
  }

  @Test
  void listsEveryRunAcrossPagesOfOne() {
    for (int day = 1; day <= 3; day++) {
      client.trigger("sb_echo", LocalDate.of(2024, 6, day), IfExists.FAIL);
    }
    AirflowClient onePerPage = new AirflowClient(airflow.connection(), RetryPolicy.DAG_NOT_PARSED_YET, 1);
    List<DagRun> runs = onePerPage.runs("sb_echo", Map.of("logical_date_gte", "2024-06-01T00:00:00Z", "logical_date_lte", "2024-06-03T00:00:00Z"));
    assertEquals(
        List.of("2024-06-01T00:00:00Z", "2024-06-02T00:00:00Z", "2024-06-03T00:00:00Z"),
        runs.stream().map(DagRun::logicalDate).toList());
  }

  @Test
  void theNightlyDagParsesOnTheRealAirflowWithItsFourSteps() {
    List<String> tasks = client.taskIds("socialbench_nightly");
    assertEquals(List.of("bench", "check", "land", "model"), tasks.stream().sorted().toList());
    assertNotNull(airflow.startup());
  }
}
