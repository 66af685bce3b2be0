package socialbench.perf;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Spark standalone cluster on 127.0.0.1: one Master and N Workers started as separate JVMs from the
 * project's own Maven classpath (target/lib), each Worker with one core and 1 GB. Executors are launched by
 * the Workers from {@code SPARK_HOME} (pyspark's distribution: its jars/ holds the same Spark 4.2.0
 * runtime), which needs {@code SPARK_SCALA_VERSION=2.13}. {@link #close()} kills every process it started.
 */
final class StandaloneCluster implements AutoCloseable {
  private final Path dir;
  private final Path sparkHome;
  private final List<Process> processes = new ArrayList<>();
  private final List<Path> workDirs = new ArrayList<>();
  private final int port;

  private StandaloneCluster(Path dir, Path sparkHome, int port) {
    this.dir = dir;
    this.sparkHome = sparkHome;
    this.port = port;
  }

  /** Starts the master and {@code workers} workers and waits until every worker has registered. */
  static StandaloneCluster start(Path dir, Path mavenLib, Path sparkHome, int workers, Duration timeout) throws IOException, InterruptedException {
    StandaloneCluster c = new StandaloneCluster(dir, sparkHome, freePort());
    try {
      String classpath = mavenLib.toAbsolutePath() + "/*";
      Path masterLog = dir.resolve("master.log");
      c.launch(masterLog, classpath, "org.apache.spark.deploy.master.Master",
          "--host", "127.0.0.1", "--port", String.valueOf(c.port), "--webui-port", String.valueOf(freePort()));
      waitFor(masterLog, "I have been elected leader", 1, timeout);
      for (int i = 0; i < workers; i++) {
        Path work = Files.createDirectories(dir.resolve("worker-" + i));
        c.workDirs.add(work);
        c.launch(dir.resolve("worker-" + i + ".log"), classpath, "org.apache.spark.deploy.worker.Worker",
            "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", String.valueOf(freePort()),
            "--work-dir", work.toString(), c.masterUrl());
      }
      waitFor(masterLog, "Registering worker 127.0.0.1", workers, timeout);
      return c;
    } catch (IOException | InterruptedException | RuntimeException | Error e) {
      c.close();
      throw e;
    }
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + port;
  }

  List<Path> workDirs() {
    return workDirs;
  }

  /** The environment the daemons and spark-submit need to launch executors on this machine; every JVM of the cluster runs as a test's cold JVM (CliProcess.coldJvmEnvironment). */
  Map<String, String> environment() {
    Map<String, String> env = new java.util.HashMap<>(socialbench.testing.CliProcess.coldJvmEnvironment());
    env.putAll(Map.of("SPARK_LOCAL_IP", "127.0.0.1", "SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.13"));
    return env;
  }

  private void launch(Path log, String classpath, String mainClass, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx256m");
    cmd.add("-cp");
    cmd.add(classpath);
    cmd.add(mainClass);
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).directory(dir.toFile());
    pb.environment().putAll(environment());
    processes.add(pb.start());
  }

  /** Polls a log until {@code text} occurs {@code times} times (a daemon that exits fails at once). */
  private static void waitFor(Path log, String text, int times, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      String content = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
      if (occurrences(content, text) >= times) return;
      if (System.nanoTime() > deadline) {
        throw new AssertionError("\"" + text + "\" did not appear " + times + " times in " + log + " within " + timeout + ":\n" + content);
      }
      TimeUnit.MILLISECONDS.sleep(200);
    }
  }

  private static int occurrences(String s, String text) {
    int n = 0;
    for (int i = s.indexOf(text); i >= 0; i = s.indexOf(text, i + 1)) n++;
    return n;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Kills the workers, then the master (and anything they launched that still runs: executors). */
  @Override
  public void close() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process p = processes.get(i);
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      try {
        p.waitFor(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
