package socialbench.serve;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import socialbench.cli.UserError;
import socialbench.runtime.Settings;

/**
 * Runs {@code socialbench serve-sql} again under the Spark distribution's spark-submit (pyspark 4.2.0,
 * which ships Spark's Thrift server), with the packaged socialbench jar, and waits for it.
 */
public final class SparkSubmitLauncher {
  private final Path sparkSubmit;
  private final Path jar;
  private final Path home;

  SparkSubmitLauncher(Path sparkSubmit, Path jar, Path home) {
    this.sparkSubmit = sparkSubmit;
    this.jar = jar;
    this.home = home;
  }

  /** The spark-submit to use (configured, else {@code <home>/.venv/bin/spark-submit}) and this jar. */
  public static SparkSubmitLauncher locate(ServeConfig config) {
    Path jar = ownJar();
    String property = System.getProperty("socialbench.home");
    Path home = property != null ? Path.of(property) : jar.toAbsolutePath().getParent().getParent(); // <repo>/target/socialbench.jar
    Path submit = config.sparkSubmit().isBlank() ? home.resolve(".venv/bin/spark-submit") : Path.of(config.sparkSubmit());
    if (!Files.isExecutable(submit)) {
      throw new UserError("no spark-submit at " + submit + ": run scripts/setup-python.sh (pyspark ships Spark's Thrift server)"
          + " or set socialbench.serve.spark-submit");
    }
    return new SparkSubmitLauncher(submit, jar, home);
  }

  static Path ownJar() {
    Path jar;
    try {
      jar = Path.of(SparkSubmitLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      throw new UserError("cannot tell where the socialbench jar is: " + e.getMessage());
    }
    if (!Files.isRegularFile(jar) || !jar.toString().endsWith(".jar")) {
      throw new UserError("serve-sql runs from the packaged jar (mvn package), not from " + jar);
    }
    return jar;
  }

  /** The spark-submit command that runs {@code socialbench <args>} with the Thrift server on the classpath. */
  List<String> command(Settings settings, String driverMemory, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(sparkSubmit.toString());
    cmd.addAll(List.of("--master", settings.master(), "--driver-memory", driverMemory, "--name", "socialbench-serve-sql"));
    Path log4j = home.resolve("conf/log4j2.properties");
    if (Files.isRegularFile(log4j)) {
      cmd.addAll(List.of("--driver-java-options", "-Dlog4j2.configurationFile=" + log4j));
    }
    cmd.addAll(List.of("--class", "socialbench.cli.Main", jar.toString()));
    cmd.addAll(args);
    return cmd;
  }

  /**
   * The Spark distribution of the spark-submit: its own parent when it lies in one ({@code HOME/bin}
   * next to {@code HOME/jars}), else the pyspark package of the virtualenv it belongs to. pyspark's
   * launcher would otherwise ask the {@code python3} on the PATH, which may not be the venv's.
   */
  Optional<Path> sparkHome() {
    Path bin = sparkSubmit.toAbsolutePath().getParent();
    if (Files.isDirectory(bin.getParent().resolve("jars"))) return Optional.of(bin.getParent());
    try (Stream<Path> libs = Files.list(bin.getParent().resolve("lib"))) {
      return libs.map(lib -> lib.resolve("site-packages/pyspark")).filter(home -> Files.isDirectory(home.resolve("jars"))).findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Runs the command with this process's standard streams; stopping this process stops the server. */
  public int run(Settings settings, String driverMemory, List<String> args) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command(settings, driverMemory, args)).inheritIO();
    if (System.getenv("SPARK_HOME") == null) {
      sparkHome().ifPresent(home -> pb.environment().put("SPARK_HOME", home.toString()));
    }
    // The Thrift server runs each client session with a context class loader made from the JVM's own
    // class path, not spark-submit's application loader: Delta's catalog and the authenticator must be
    // found there. Spark's launcher appends SPARK_DIST_CLASSPATH after the distribution's jars, and the
    // jar's manifest Class-Path brings target/lib along; classes both have come from the distribution.
    String dist = System.getenv("SPARK_DIST_CLASSPATH");
    pb.environment().put("SPARK_DIST_CLASSPATH", dist == null || dist.isEmpty() ? jar.toString() : dist + java.io.File.pathSeparator + jar);
    Process p = pb.start();
    Thread stopChild = new Thread(() -> {
      p.destroy();
      try {
        p.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "serve-sql-stop-child");
    Runtime.getRuntime().addShutdownHook(stopChild);
    int code = p.waitFor();
    try {
      Runtime.getRuntime().removeShutdownHook(stopChild);
    } catch (IllegalStateException e) {
      // already shutting down
    }
    return code;
  }
}
