package socialbench.airflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A real Airflow 3 on 127.0.0.1 for tests, from the project's .venv: {@code airflow db migrate}, then the
 * api-server, scheduler and dag-processor, with AIRFLOW_HOME in a temporary directory (SQLite), the test
 * DAGs of tests/fixtures/airflow/dags plus dags/socialbench_nightly.py, the simple auth manager with one
 * admin user and a random password, and a fixed JWT secret with 5-second tokens (so expiry is testable).
 */
public final class LocalAirflow implements AutoCloseable {
  /**
   * The process's own stderr. Its messages come from background threads too (the scheduler's watchdog, the
   * extension's idle stop), and System.err may at that moment be a test's capture of a CLI run's output
   * (CliRun), whose exact-message assertion a stray line would break.
   */
  private static final java.io.PrintStream PROCESS_ERR =
      new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, java.nio.charset.StandardCharsets.UTF_8);

  static void log(String message) {
    PROCESS_ERR.println(message);
  }

  static final String USER = "admin";
  static final int TOKEN_SECONDS = 5;

  private final Path repo;
  private final Path home;
  private final Path dags;
  private final Path markers;
  private final String password;
  private final int port;
  private final Map<String, String> env = new HashMap<>();
  private final List<Process> processes = new ArrayList<>();
  private Duration startup = Duration.ZERO;
  private boolean closed;

  private LocalAirflow(Path repo) throws IOException {
    this.repo = repo;
    this.home = Files.createTempDirectory("socialbench-airflow-");
    this.dags = Files.createDirectories(home.resolve("dags"));
    this.markers = Files.createDirectories(home.resolve("markers"));
    this.password = UUID.randomUUID().toString();
    this.port = freePort();
  }

  /** Starts Airflow and returns once its API answers and the test DAG {@code sb_echo} is parsed. */
  static LocalAirflow start() {
    Path repo = Path.of(System.getenv().getOrDefault("SOCIALBENCH_HOME", System.getProperty("user.dir")));
    Path airflow = repo.resolve(".venv/bin/airflow");
    if (!Files.isExecutable(airflow)) {
      throw new IllegalStateException(
          "no Airflow for the Airflow tests: " + airflow + " is missing; run scripts/setup-python.sh first");
    }
    long t0 = System.nanoTime();
    LocalAirflow af;
    try {
      af = new LocalAirflow(repo);
      af.prepare();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    LocalAirflow started = af;
    Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-local-airflow"));
    try {
      af.run(List.of("db", "migrate"), "migrate");
      af.processes.add(af.spawn(List.of("api-server", "--host", "127.0.0.1", "--port", String.valueOf(af.port), "--workers", "1"), "api-server"));
      af.processes.add(af.spawn(List.of("scheduler"), "scheduler"));
      af.processes.add(af.spawn(List.of("dag-processor"), "dag-processor"));
      af.awaitReady(Duration.ofSeconds(150));
      af.superviseScheduler();
    } catch (RuntimeException | Error e) {
      af.close();
      throw e;
    }
    af.startup = Duration.ofNanos(System.nanoTime() - t0);
    log("LocalAirflow: Airflow 3 up on " + af.url() + " in " + af.startup.toMillis() + " ms (home " + af.home + ")");
    return af;
  }

  public String url() {
    return "http://127.0.0.1:" + port;
  }

  public AirflowConnection connection() {
    return AirflowConnection.of(url(), USER, password);
  }

  public AirflowConnection connectionWithPassword(String otherPassword) {
    return AirflowConnection.of(url(), USER, otherPassword);
  }

  String password() {
    return password;
  }

  Duration startup() {
    return startup;
  }

  /** Where the test DAG sb_flaky looks for {@code <night>.ok} before it succeeds. */
  Path markers() {
    return markers;
  }

  /** Copies a fixture DAG file (tests/fixtures/airflow/late/NAME) into the running Airflow's DAGs folder. */
  void addDag(String name) throws IOException {
    Path tmp = home.resolve(name + ".tmp");
    Files.copy(repo.resolve("tests/fixtures/airflow/late").resolve(name), tmp);
    Files.move(tmp, dags.resolve(name));
  }

  private void prepare() throws IOException {
    try (Stream<Path> files = Files.list(repo.resolve("tests/fixtures/airflow/dags"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".py")).toList()) {
        Files.copy(f, dags.resolve(f.getFileName()));
      }
    }
    Files.copy(repo.resolve("dags/socialbench_nightly.py"), dags.resolve("socialbench_nightly.py"));
    Path passwords = home.resolve("passwords.json");
    Files.writeString(passwords, "{\"" + USER + "\": \"" + password + "\"}");
    env.put("AIRFLOW_HOME", home.toString());
    env.put("PATH", repo.resolve(".venv/bin") + ":" + System.getenv("PATH"));
    // pyspark's spark-submit finds SPARK_HOME with `python3` from PATH; a task's `bash -c` whose stdin is a socket
    // and whose SHLVL is 0 reads ~/.bashrc, which may put another Python (pyenv's shims) before .venv/bin.
    env.put("PYSPARK_DRIVER_PYTHON", repo.resolve(".venv/bin/python").toString());
    env.put("AIRFLOW__CORE__DAGS_FOLDER", dags.toString());
    env.put("AIRFLOW__CORE__LOAD_EXAMPLES", "False");
    env.put("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS", USER + ":admin");
    env.put("AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE", passwords.toString());
    env.put("AIRFLOW__API_AUTH__JWT_SECRET", "socialbench-test-jwt-secret-" + UUID.randomUUID());
    env.put("AIRFLOW__API_AUTH__JWT_EXPIRATION_TIME", String.valueOf(TOKEN_SECONDS));
    env.put("AIRFLOW__API_AUTH__JWT_LEEWAY", "0");
    env.put("AIRFLOW__API__BASE_URL", url());
    env.put("AIRFLOW__CORE__EXECUTION_API_SERVER_URL", url() + "/execution/");
    env.put("AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL", "2");
    env.put("AIRFLOW__DAG_PROCESSOR__PARSING_PROCESSES", "1");
    env.put("AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC", "1");
    env.put("AIRFLOW__CORE__PARALLELISM", "4");
    // Runs only when a test asks (trigger, backfill): unpausing socialbench_nightly must not add a
    // scheduled run of the latest night next to the one a test triggered.
    env.put("AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE", "False");
    env.put("SB_TEST_MARKERS", markers.toString());
    // The DAG's spark-submit steps are cold JVMs that run one step each.
    env.putAll(socialbench.testing.CliProcess.coldJvmEnvironment());
  }

  private ProcessBuilder builder(List<String> args, String log) {
    List<String> command = new ArrayList<>();
    command.add(repo.resolve(".venv/bin/airflow").toString());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile());
    pb.environment().putAll(env);
    pb.redirectErrorStream(true).redirectOutput(home.resolve(log + ".log").toFile());
    return pb;
  }

  private void run(List<String> args, String log) {
    try {
      Process p = builder(args, log).start();
      if (p.waitFor() != 0) {
        throw new IllegalStateException("airflow " + String.join(" ", args) + " failed: " + tail(log));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private Process spawn(List<String> args, String log) {
    try {
      return builder(args, log).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts the scheduler again when it exits, as a service manager would. On SQLite, Airflow 3.3's
   * scheduler can die on a run that a concurrent, refused backfill creation ("Database is locked", 503)
   * rolled back; a backfill created while the scheduler writes can meet that, and the tests must not hang.
   */
  private void superviseScheduler() {
    Thread watchdog =
        new Thread(
            () -> {
              int restarts = 0;
              while (!isClosed()) {
                synchronized (this) {
                  if (!closed && !processes.get(1).isAlive()) {
                    restarts++;
                    log("LocalAirflow: the scheduler exited; starting it again (" + restarts + ")");
                    processes.set(1, spawn(List.of("scheduler"), "scheduler-" + restarts));
                  }
                }
                try {
                  Thread.sleep(1000);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "local-airflow-scheduler-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  synchronized boolean isClosed() {
    return closed;
  }

  private void awaitReady(Duration limit) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    long deadline = System.nanoTime() + limit.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      for (Process p : processes) {
        if (!p.isAlive()) {
          throw new IllegalStateException("an Airflow process exited early: " + p.info().commandLine().orElse("?") + "; " + tail("api-server"));
        }
      }
      try {
        HttpResponse<String> health =
            http.send(HttpRequest.newBuilder(URI.create(url() + "/api/v2/monitor/health")).build(), HttpResponse.BodyHandlers.ofString());
        last = health.body();
        if (health.statusCode() == 200 && last.contains("\"dag_processor\":{\"status\":\"healthy\"")
            && last.contains("\"scheduler\":{\"status\":\"healthy\"") && echoDagParsed()) {
          return;
        }
      } catch (IOException notYet) {
        last = notYet.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(500);
    }
    throw new IllegalStateException("Airflow not ready after " + limit.toSeconds() + " s: " + last + "; " + tail("api-server"));
  }

  private boolean echoDagParsed() {
    try {
      new AirflowClient(connection(), new RetryPolicy(1, Duration.ZERO, Duration.ZERO), 100).runs("sb_echo", Map.of("limit", 1));
      return true;
    } catch (AirflowApiException notYet) {
      return false;
    }
  }

  private String tail(String log) {
    try {
      List<String> lines = Files.readAllLines(home.resolve(log + ".log"));
      return log + ".log ends: " + String.join(" | ", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
    } catch (IOException e) {
      return "(no " + log + ".log)";
    }
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    // Collect the whole tree first: a worker the api-server forked outlives its parent's exit otherwise.
    List<ProcessHandle> tree = new ArrayList<>();
    for (Process p : processes) {
      p.descendants().forEach(tree::add);
      tree.add(p.toHandle());
    }
    tree.forEach(ProcessHandle::destroy);
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    for (ProcessHandle h : tree) {
      while (h.isAlive() && System.nanoTime() < deadline) {
        sleep(100);
      }
    }
    tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    if (System.getenv("SOCIALBENCH_KEEP_AIRFLOW_HOME") == null) {
      try (Stream<Path> all = Files.walk(home)) {
        all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temporary directory left behind is harmless
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
