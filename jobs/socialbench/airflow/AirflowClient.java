package socialbench.airflow;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A hand-written client for the parts of the Airflow 3 REST API ({@code /api/v2}) that run socialbench's
 * nights: trigger a night, follow it, read its task logs, clear its failed tasks, backfill a period and
 * post asset events. A "night" is a logical date D; its run covers the data interval [D, D+1) in UTC,
 * the interval of the daily {@code socialbench_nightly} schedule.
 */
public final class AirflowClient {
  /** Page size for collections; Airflow caps {@code limit} at its {@code [api] maximum_page_limit} (100). */
  static final int PAGE_SIZE = 100;

  private final AirflowHttp http;
  private final RetryPolicy notParsedYet;
  private final int pageSize;

  public AirflowClient(AirflowConnection connection) {
    this(connection, RetryPolicy.DAG_NOT_PARSED_YET, PAGE_SIZE);
  }

  public AirflowClient(AirflowConnection connection, RetryPolicy notParsedYet, int pageSize) {
    this.http = new AirflowHttp(connection);
    this.notParsedYet = notParsedYet;
    this.pageSize = pageSize;
  }

  /** What {@link #trigger} does when a run for that night exists already (Airflow answers 409). */
  public enum IfExists {
    FAIL,
    RETURN_EXISTING
  }

  /** Which earlier runs a backfill runs again ({@code ReprocessBehavior}). */
  public enum Reprocess {
    NONE,
    FAILED,
    COMPLETED
  }

  /** Logs in now (otherwise the first call does); a bad password fails here with the server's detail. */
  public void login() {
    http.tokens().current();
  }

  /** How many times this client has logged in: once, plus once per expired token. */
  public int logins() {
    return http.tokens().logins();
  }

  /**
   * Triggers {@code dagId} for {@code night}: {@code logical_date} D with the data interval [D, D+1)
   * (Airflow requires {@code logical_date}, and the two interval ends go together). A DAG the server does
   * not know yet (404) is asked for again as {@link RetryPolicy} says; an existing run for the night (409)
   * fails with its run id, or is returned with {@link IfExists#RETURN_EXISTING}.
   */
  public DagRun trigger(String dagId, LocalDate night, IfExists ifExists) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("logical_date", midnight(night));
    body.put("data_interval_start", midnight(night));
    body.put("data_interval_end", midnight(night.plusDays(1)));
    body.put("conf", Map.of());
    body.put("note", "socialbench airflow trigger " + night);
    try {
      return DagRun.from(whenParsed(dagId, () -> http.post(dagPath(dagId) + "/dagRuns", body)));
    } catch (AirflowApiException e) {
      if (e.status() != 409) {
        throw e;
      }
      Optional<DagRun> existing = runForNight(dagId, night);
      if (ifExists == IfExists.RETURN_EXISTING && existing.isPresent()) {
        return existing.get();
      }
      throw new AirflowApiException(
          409,
          "POST " + dagPath(dagId) + "/dagRuns",
          existing
              .map(r -> "a run of " + dagId + " for " + night + " exists already: " + r.runId() + " (" + r.state() + ")")
              .orElse("a run of " + dagId + " for " + night + " exists already (" + e.detail() + ")"));
    }
  }

  /** The run of {@code dagId} whose logical date is {@code night}, if there is one. */
  public Optional<DagRun> runForNight(String dagId, LocalDate night) {
    Map<String, Object> filter = Map.of("logical_date_gte", midnight(night), "logical_date_lte", midnight(night));
    return runs(dagId, filter).stream().findFirst();
  }

  /** Every run of {@code dagId} matching {@code filters} (any query parameter of {@code GET …/dagRuns}), all pages. */
  public List<DagRun> runs(String dagId, Map<String, ?> filters) {
    Map<String, Object> query = new LinkedHashMap<>(filters);
    query.putIfAbsent("order_by", "logical_date");
    return Pages.readAll(http, dagPath(dagId) + "/dagRuns", query, "dag_runs", pageSize, DagRun::from);
  }

  public DagRun run(String dagId, String runId) {
    return DagRun.from(http.get(runPath(dagId, runId), Map.of()));
  }

  /**
   * Polls the run every {@code pollInterval} until it succeeds or fails, and returns it; a run still going
   * after {@code timeout} raises an {@link AirflowApiException} naming its last state.
   */
  public DagRun waitFor(String dagId, String runId, Duration timeout, Duration pollInterval) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      DagRun run = run(dagId, runId);
      if (run.finished()) {
        return run;
      }
      if (System.nanoTime() + pollInterval.toNanos() > deadline) {
        throw new AirflowApiException(
            "run " + runId + " of " + dagId + " is still " + run.state() + " after " + timeout.toSeconds() + " s", null);
      }
      sleep(pollInterval);
    }
  }

  /** The task instances of one run, all pages, in task order as the API sorts them. */
  public List<TaskInstance> taskInstances(String dagId, String runId) {
    return Pages.readAll(http, runPath(dagId, runId) + "/taskInstances", Map.of(), "task_instances", pageSize, TaskInstance::from);
  }

  /**
   * The log of one try of a task, one line per structured log message ({@code timestamp level event}),
   * read whole ({@code full_content=true}).
   */
  public List<String> taskLog(String dagId, String runId, String taskId, int tryNumber) {
    String path = runPath(dagId, runId) + "/taskInstances/" + AirflowHttp.segment(taskId) + "/logs/" + tryNumber;
    JsonNode answer = http.get(path, Map.of("full_content", true));
    List<String> lines = new ArrayList<>();
    for (JsonNode message : answer.path("content")) {
      if (message.isTextual()) {
        lines.add(message.asText());
        continue;
      }
      StringBuilder line = new StringBuilder();
      if (message.hasNonNull("timestamp")) {
        line.append(message.get("timestamp").asText()).append(' ');
      }
      if (message.hasNonNull("level")) {
        line.append(message.get("level").asText()).append(' ');
      }
      lines.add(line.append(message.path("event").asText()).toString());
    }
    return lines;
  }

  /**
   * Clears the failed (and upstream-failed) task instances of {@code dagId}, of one run when {@code runId}
   * is given, so the scheduler runs them again. The server's default is a dry run, so {@code dry_run} is
   * always sent: with {@code dryRun} true nothing changes and the list says what would be cleared.
   */
  public List<TaskInstance> clearFailed(String dagId, String runId, boolean dryRun) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("dry_run", dryRun);
    body.put("only_failed", true);
    body.put("reset_dag_runs", true);
    if (runId != null) {
      body.put("dag_run_id", runId);
    }
    List<TaskInstance> cleared = new ArrayList<>();
    http.post(dagPath(dagId) + "/clearTaskInstances", body).path("task_instances").forEach(n -> cleared.add(TaskInstance.from(n)));
    return cleared;
  }

  /** Creates a backfill: one run per night from {@code from} to {@code to}, both included, in date order. */
  public Backfill createBackfill(String dagId, LocalDate from, LocalDate to, int maxActiveRuns, Reprocess reprocess) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the backfill ends (" + to + ") before it starts (" + from + ")");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("dag_id", dagId);
    body.put("from_date", midnight(from));
    body.put("to_date", midnight(to));
    body.put("max_active_runs", maxActiveRuns);
    body.put("reprocess_behavior", reprocess.name().toLowerCase());
    body.put("run_backwards", false);
    return Backfill.from(whenParsed(dagId, () -> http.post("/api/v2/backfills", body)));
  }

  public Backfill backfill(long backfillId) {
    return Backfill.from(http.get("/api/v2/backfills/" + backfillId, Map.of()));
  }

  /** The runs a backfill of {@code dagId} made for the nights from {@code from} to {@code to}. */
  public List<DagRun> backfillRuns(String dagId, LocalDate from, LocalDate to) {
    return runs(dagId, Map.of("run_type", "backfill", "logical_date_gte", midnight(from), "logical_date_lte", midnight(to)));
  }

  /** The task ids of a parsed DAG, as its serialized form lists them. */
  public List<String> taskIds(String dagId) {
    List<String> ids = new ArrayList<>();
    http.get(dagPath(dagId) + "/tasks", Map.of()).path("tasks").forEach(t -> ids.add(t.path("task_id").asText()));
    return ids;
  }

  /** Assets whose URI matches the SQL LIKE {@code uriPattern} ({@code %} for all), all pages. */
  public List<AirflowAsset> assets(String uriPattern) {
    return Pages.readAll(http, "/api/v2/assets", Map.of("uri_pattern", uriPattern), "assets", pageSize, AirflowAsset::from);
  }

  /** The asset with exactly this URI; an unknown URI is an error that says so. */
  public AirflowAsset assetByUri(String uri) {
    return assets(uri).stream()
        .filter(a -> a.uri().equals(uri))
        .findFirst()
        .orElseThrow(() -> new AirflowApiException(404, "GET /api/v2/assets", "no asset has the URI " + uri));
  }

  public AirflowAsset asset(long assetId) {
    return AirflowAsset.from(http.get("/api/v2/assets/" + assetId, Map.of()));
  }

  /** Posts an asset event (as a producing task would), with {@code extra} for its consumers. */
  public AssetEvent postAssetEvent(long assetId, Map<String, ?> extra) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("asset_id", assetId);
    body.put("extra", extra);
    return AssetEvent.from(http.post("/api/v2/assets/events", body));
  }

  /** The events of one asset, oldest first, all pages. */
  public List<AssetEvent> assetEvents(long assetId) {
    return Pages.readAll(
        http, "/api/v2/assets/events", Map.of("asset_id", assetId, "order_by", "timestamp"), "asset_events", pageSize, AssetEvent::from);
  }

  /**
   * Runs {@code call}, asking again as {@link RetryPolicy} says while the answer is 404 for this DAG (a
   * file the dag-processor has not parsed yet) or 503 (Airflow on SQLite answers "Database is locked"
   * while the scheduler writes).
   */
  private JsonNode whenParsed(String dagId, Supplier<JsonNode> call) {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (AirflowApiException e) {
        boolean dagUnknown = e.status() == 404 && e.detail().contains(dagId);
        boolean busy = e.status() == 503;
        if (!dagUnknown && !busy) {
          throw e;
        }
        if (attempt >= notParsedYet.attempts()) {
          if (busy) {
            throw e;
          }
          throw new AirflowApiException(
              404,
              "DAG " + dagId,
              e.detail() + " after " + attempt + " tries; is its file in the DAGs folder and free of import errors?");
        }
        sleep(notParsedYet.delayBefore(attempt + 1));
      }
    }
  }

  static String midnight(LocalDate day) {
    return day + "T00:00:00Z";
  }

  private static String dagPath(String dagId) {
    return "/api/v2/dags/" + AirflowHttp.segment(dagId);
  }

  private static String runPath(String dagId, String runId) {
    return dagPath(dagId) + "/dagRuns/" + AirflowHttp.segment(runId);
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AirflowApiException("interrupted while waiting", e);
    }
  }
}
