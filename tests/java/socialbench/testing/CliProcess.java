package socialbench.testing;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts the socialbench command line in a separate JVM, with the test JVM's classpath and flags:
 * for tests that need real separate processes (concurrent writers and readers, kills).
 */
public final class CliProcess {
  private CliProcess() {}

  /**
   * A test's child process is a cold JVM that runs at most one night: the client compiler alone and no
   * verification of the classpath's bytecode (the test JVM's own jars) cut its CPU time (a cold sample night,
   * load ~8: user 113 s -> 86 s). The client compiler needs the larger code cache: with its default the
   * cache filled during a night ("Out of space in CodeCache for adapters"). The Airflow and Spark-cluster
   * tests give the same flags to the JVMs they start ({@link #coldJvmEnvironment()}).
   */
  public static final List<String> COLD_JVM_FLAGS = List.of(
      "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=512m", "-XX:+UnlockDiagnosticVMOptions", "-XX:-BytecodeVerificationRemote");

  /**
   * {@code JDK_JAVA_OPTIONS} with {@link #COLD_JVM_FLAGS}, for processes that start JVMs themselves
   * (spark-submit under Airflow, Spark's master, workers and executors): every {@code java} launcher reads it.
   */
  public static Map<String, String> coldJvmEnvironment() {
    return Map.of("JDK_JAVA_OPTIONS", String.join(" ", COLD_JVM_FLAGS));
  }

  public static ProcessBuilder builder(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-") || a.startsWith("-XX:+IgnoreUnrecognized") || a.startsWith("--enable-native")
          || a.startsWith("--sun-misc") || a.startsWith("-Dio.netty") || a.startsWith("-Dlog4j2")
          || a.startsWith("-Duser.timezone")) {
        cmd.add(a);
      }
    }
    cmd.add("-Xmx1g");
    cmd.add("-XX:+UseParallelGC"); // as bin/socialbench
    cmd.addAll(COLD_JVM_FLAGS);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("socialbench.cli.Main");
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd);
  }

  /** Runs to completion (at most {@code timeoutSeconds}) and returns exit code, stdout and stderr. */
  public static CliRun run(long timeoutSeconds, String... args) throws IOException, InterruptedException {
    File out = File.createTempFile("sb-out", ".txt");
    File err = File.createTempFile("sb-err", ".txt");
    Process p = builder(args).redirectOutput(out).redirectError(err).start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("socialbench " + String.join(" ", args) + " did not finish in " + timeoutSeconds + " s");
    }
    return new CliRun(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8), Files.readString(err.toPath(), StandardCharsets.UTF_8));
  }
}
