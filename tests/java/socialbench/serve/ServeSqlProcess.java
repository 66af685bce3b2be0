package socialbench.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import socialbench.testing.CliProcess;
import socialbench.testing.SparkTestExtension;

/**
 * {@code java -jar target/socialbench.jar serve-sql …} as a real process (it starts the Thrift server
 * under pyspark's spark-submit); {@link #close()} stops it the way Ctrl-C does.
 */
final class ServeSqlProcess implements AutoCloseable {
  private final Process process;
  private final StringBuffer output;
  private final CompletableFuture<String> listening;
  final int port;

  private ServeSqlProcess(Process process, StringBuffer output, int port, CompletableFuture<String> listening) {
    this.process = process;
    this.output = output;
    this.port = port;
    this.listening = listening;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Starts the server on a free port; {@link #awaitListening} waits until it accepts clients. */
  static ServeSqlProcess launch(Path repo, Path warehouse, String... extra) throws IOException {
    int port = freePort();
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Dsocialbench.home=" + repo, "-Xmx256m", "-jar", repo.resolve("target/socialbench.jar").toString(),
        "serve-sql", "--port", Integer.toString(port), "--warehouse", warehouse.toString(), "--master", "local[2]",
        "-Dsocialbench.serve.driver-memory=768m"));
    cmd.addAll(List.of(SparkTestExtension.partitionOptions(SparkTestExtension.testSettings(warehouse))));
    cmd.addAll(List.of(extra));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    // The launcher JVM and the server's spark-submit JVM are cold JVMs like a test's CLI processes.
    pb.environment().putAll(CliProcess.coldJvmEnvironment());
    Process p = pb.start();
    StringBuffer out = new StringBuffer();
    CompletableFuture<String> listening = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          out.append(line).append('\n');
          if (line.startsWith("serve-sql: listening on")) listening.complete(line);
        }
        listening.completeExceptionally(new AssertionError("serve-sql ended (exit " + p.waitFor() + ") before listening:\n" + out));
      } catch (IOException | InterruptedException e) {
        listening.completeExceptionally(e);
      }
    }, "serve-sql-output");
    reader.setDaemon(true);
    reader.start();
    return new ServeSqlProcess(p, out, port, listening);
  }

  /** Waits (at most {@code timeoutSeconds}) for the line saying the server listens, and returns it. */
  String awaitListening(long timeoutSeconds) throws Exception {
    try {
      return listening.get(timeoutSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new AssertionError("serve-sql did not listen within " + timeoutSeconds + " s:\n" + output);
    }
  }

  String output() {
    return output.toString();
  }

  @Override
  public void close() {
    process.destroy(); // SIGTERM: the launcher's shutdown hook stops the spark-submit JVM it started
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) process.destroyForcibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
