package socialbench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import socialbench.testing.CliRun;
import socialbench.testing.DirectoryCopy;
import socialbench.testing.SampleNight;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;
import socialbench.testing.WarehouseSnapshot;

/**
 * Scale-out: the night of 2026-11-01 on the landing fixture inbox, submitted with pyspark's spark-submit
 * to a real standalone master with two one-core workers on 127.0.0.1, gives exactly the tables of the
 * same night run in local mode. The driver gets target/socialbench.jar (its manifest finds target/lib);
 * the executors get the libraries Spark lacks through --jars (the artifact set of the "cluster" profile).
 * Runs after {@code package} (Failsafe).
 */
@ExtendWith(SparkTestExtension.class)
class StandaloneClusterNightIT {
  private static final String NIGHT = SampleNight.NIGHT;
  private static final List<String> DATABASES = List.of("bronze", "ops", "dw", "bench");
  /** What the cluster profile shades into the cluster jar: everything socialbench needs that Spark does not ship. */
  private static final List<String> NOT_IN_SPARK = List.of(
      "delta-spark_", "delta-storage-", "picocli-", "config-", "poi-", "xmlbeans-", "commons-collections4-", "SparseBitSet-", "curvesapi-");

  @TempDir static Path dir;

  private static StandaloneCluster cluster;
  private static CliRun submitted;
  private static Path clusterWarehouse;
  private static TestWarehouse local;

  @BeforeAll
  static void runTheNightOnTheClusterAndLocally(TestWarehouse wh) throws Exception {
    local = wh;
    Path repo = Path.of(System.getenv().getOrDefault("SOCIALBENCH_HOME", System.getProperty("user.dir")));
    // The build directory (target/, or -Dbuild.dir=...) is where this class was compiled to, one level up.
    Path build = Path.of(StandaloneClusterNightIT.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    Path jar = build.resolve("socialbench.jar");
    Path lib = build.resolve("lib");
    assertTrue(Files.isRegularFile(jar) && Files.isDirectory(lib), "run after mvn package: " + jar + " or " + lib + " is missing");
    Path sparkHome = pysparkHome(repo);
    Path inbox = DirectoryCopy.of(repo.resolve("tests/fixtures/land/inbox"), dir.resolve("inbox"));

    cluster = StandaloneCluster.start(Files.createDirectories(dir.resolve("cluster")), lib, sparkHome, 2, Duration.ofSeconds(120));
    clusterWarehouse = dir.resolve("cluster-warehouse");
    List<String> cmd = new ArrayList<>(List.of(
        sparkHome.resolve("bin/spark-submit").toString(),
        "--master", cluster.masterUrl(),
        "--deploy-mode", "client",
        "--class", "socialbench.cli.Main",
        "--driver-memory", "1g",
        "--conf", "spark.executor.memory=768m",
        "--conf", "spark.executor.cores=1",
        "--conf", "spark.cores.max=2",
        "--jars", String.join(",", jarsNotInSpark(lib)),
        jar.toString(),
        "nightly", "--date", NIGHT, "--inbox", inbox.toString(), "--warehouse", clusterWarehouse.toString(),
        // one shuffle and snapshot partition per executor core (conf/socialbench.conf's 8 and 4 are sized for larger nights)
        "-Dspark.sql.shuffle.partitions=2", "-Dspark.databricks.delta.snapshotPartitions=2"));
    Path out = dir.resolve("submit.out");
    Path err = dir.resolve("submit.err");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().putAll(cluster.environment());
    Process p = pb.start();
    try {
      // The local-mode run of the same night (run in this JVM while the cluster runs its own, unless another
      // test JVM of this Maven run has run it already).
      SampleNight.copyInto(wh, inbox);
      // A night takes about a minute on a quiet machine; 20 minutes was not enough at a load average of 25 on 2 cores.
      assertTrue(p.waitFor(60, TimeUnit.MINUTES), "spark-submit did not finish within 60 minutes; its log: " + err);
    } finally {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    submitted = new CliRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @AfterAll
  static void stopTheCluster() {
    if (cluster != null) cluster.close();
  }

  @Test
  void theNightSubmittedToTheStandaloneMasterSucceeds() {
    assertEquals(0, submitted.exitCode(), submitted.err());
    assertTrue(submitted.out().contains("nightly " + NIGHT + ": succeeded"), submitted.out() + submitted.err());
  }

  @Test
  void bothWorkersRanAnExecutorOfTheNight() throws IOException {
    for (Path work : cluster.workDirs()) {
      try (Stream<Path> apps = Files.list(work)) {
        List<Path> executorDirs = new ArrayList<>();
        for (Path app : apps.filter(a -> a.getFileName().toString().startsWith("app-")).toList()) {
          try (Stream<Path> execs = Files.list(app)) {
            execs.filter(Files::isDirectory).forEach(executorDirs::add);
          }
        }
        assertEquals(1, executorDirs.size(), "executor directories under " + work + ": " + executorDirs);
        assertTrue(Files.size(executorDirs.get(0).resolve("stderr")) > 0, "executor " + executorDirs.get(0) + " logged nothing");
      }
    }
  }

  @Test
  void theClusterWarehouseHoldsExactlyTheTablesOfTheLocalModeRun() throws IOException {
    TreeMap<String, List<String>> expected = WarehouseSnapshot.of(local.spark(), local.dir(), DATABASES);
    TreeMap<String, List<String>> actual = WarehouseSnapshot.of(local.spark(), clusterWarehouse, DATABASES);
    assertEquals(expected.keySet(), actual.keySet());
    assertTrue(expected.get("dw.fct_post_snapshot").size() > 0, "the local night modelled no post snapshots");
    for (String table : expected.keySet()) {
      assertEquals(expected.get(table), actual.get(table), table + " differs between local mode and the cluster");
    }
  }

  private static List<String> jarsNotInSpark(Path lib) throws IOException {
    try (Stream<Path> jars = Files.list(lib)) {
      List<String> out = jars.filter(j -> NOT_IN_SPARK.stream().anyMatch(prefix -> j.getFileName().toString().startsWith(prefix)))
          .map(Path::toString).sorted().toList();
      assertEquals(NOT_IN_SPARK.size() + 2, out.size(), "libraries for the executors: " + out); // poi-ooxml and poi-ooxml-lite too
      return out;
    }
  }

  private static Path pysparkHome(Path repo) throws IOException {
    try (Stream<Path> libs = Files.list(repo.resolve(".venv/lib"))) {
      for (Path python : libs.toList()) {
        Path home = python.resolve("site-packages/pyspark");
        if (Files.isDirectory(home.resolve("jars"))) return home.toRealPath();
      }
    }
    throw new AssertionError("no pyspark distribution under " + repo.resolve(".venv/lib") + " (bin/test installs it)");
  }

}
