package socialbench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import socialbench.generate.GenerateSpec;
import socialbench.generate.Generator;
import socialbench.runtime.CatalogReset;
import socialbench.testing.CliProcess;
import socialbench.testing.CliRun;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;
import socialbench.testing.WarehouseSnapshot;

/**
 * Nights on a generated messy inbox: the same night twice, and a night killed with SIGKILL at each step
 * (landing, model, bench: three processes in a row on one warehouse) and then run by two processes at once (one is
 * refused, the other repairs the night) both leave exactly the tables of one clean run (full contents compared,
 * docs/design.md §8). The runs that are killed or compete for the warehouse are real processes (the winner of the
 * race is a complete process night); the clean run and the same night again use the command line inside the test
 * JVM (same code, a warm JVM: a cold process night costs about twice as much on 2 cores).
 */
@ExtendWith(SparkTestExtension.class)
class NightlyReliabilityTest {
  private static final List<String> DATABASES = List.of("bronze", "ops", "dw", "bench");
  private static final String NIGHT = "2026-10-01";
  @TempDir static Path dir;
  private static Path inbox;
  private static TreeMap<String, List<String>> reference;
  private static TestWarehouse session; // its partitions go to the nights in this JVM and in the processes

  private static String[] night(Path warehouse, String... cmd) {
    List<String> all = new java.util.ArrayList<>(List.of(cmd));
    all.addAll(List.of("--inbox", inbox.toString()));
    all.addAll(List.of(session.cliOptions(warehouse)));
    return all.toArray(String[]::new);
  }

  /**
   * The night inside this JVM on {@code warehouse}. The test JVM's one session first forgets the tables
   * of the warehouse it ran on before (a process starts with an empty catalog; this session does not).
   */
  private static CliRun nightInThisJvm(TestWarehouse wh, Path warehouse) throws java.io.IOException {
    CatalogReset.forgetAll(wh.spark(), Files.createTempDirectory(dir, "forgotten-"));
    return CliRun.of(night(warehouse, "nightly", "--date", NIGHT));
  }

  private static TreeMap<String, List<String>> snapshot(TestWarehouse wh, Path warehouse) throws Exception {
    TreeMap<String, List<String>> s = WarehouseSnapshot.of(wh.spark(), warehouse, DATABASES);
    // ops.runs and the skipped-duplicate rows of ops.landed_files record attempts (one per run), not data.
    s.remove("ops.runs");
    s.computeIfPresent("ops.landed_files", (k, rows) -> rows.stream().filter(r -> !r.contains("skipped_duplicate")).toList());
    return s;
  }

  @BeforeAll
  static void cleanRun(TestWarehouse wh) throws Exception {
    inbox = dir.resolve("inbox");
    session = wh;
    new Generator(new GenerateSpec(inbox, 5, LocalDate.parse(NIGHT), 1, 11, 0.2), System.err).run();
    Path ref = dir.resolve("reference");
    CliRun r = nightInThisJvm(wh, ref);
    assertEquals(0, r.exitCode(), r.err());
    reference = snapshot(wh, ref);
  }

  @Test
  void noPersonalDataFromTheCrmExportsLandsInAnyTable() throws Exception {
    List<String> personal = new java.util.ArrayList<>();
    try (var files = Files.walk(inbox)) {
      for (Path f : files.filter(p -> p.toString().contains("/crm/") && p.toString().endsWith(".csv")).toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        int id = header.indexOf("Record ID"), first = header.indexOf("First Name"), last = header.indexOf("Last Name");
        int email = header.indexOf("Email"), phone = header.indexOf("Phone Number");
        for (String line : lines.subList(1, lines.size())) {
          String[] v = line.split(",", -1);
          if (v.length <= Math.max(phone, email)) continue; // a deliberately malformed row
          personal.add(v[id]);
          personal.add(v[first] + " " + v[last]);
          if (!v[email].isEmpty()) personal.add(v[email]);
          if (!v[phone].isEmpty()) personal.add(v[phone]);
        }
      }
    }
    assertTrue(personal.size() > 40, "the generated CRM exports hold personal data to look for: " + personal.size());
    List<String> found = new java.util.ArrayList<>();
    reference.forEach((table, rows) -> {
      for (String row : rows) {
        for (String value : personal) {
          if (row.contains(value)) found.add(table + ": " + value);
        }
      }
    });
    assertEquals(List.of(), found);
  }

  @Test
  void theSameNightTwiceLeavesIdenticalTables(TestWarehouse wh) throws Exception {
    Path ref = dir.resolve("reference"); // the clean run's warehouse, whose tables are the reference
    CliRun again = nightInThisJvm(wh, ref);
    assertEquals(0, again.exitCode(), again.err());
    assertEquals(reference, snapshot(wh, ref));
  }

  /**
   * One warehouse, three processes killed one after another (during landing; during the model, after the second
   * process has re-landed; during the bench, after the third has re-modelled), then two processes of the same night
   * started at once on what the kills left: one is refused with a clear message, the other repairs the night, and
   * the final tables equal the clean run's. (The race and the repair share one cold night: each alone would be one.)
   */
  @Test
  void nightsKilledDuringLandingThenTheModelThenTheBenchThenTwoRunsAtOnceOneRefusedTheTablesEqualACleanRun(TestWarehouse wh)
      throws Exception {
    Path target = dir.resolve("killed");
    killWhenSeen(target, "killed-land", "land: writing bronze.");
    killWhenSeen(target, "killed-model", "nightly " + NIGHT + ": model …");
    killWhenSeen(target, "killed-bench", "nightly " + NIGHT + ": bench …");
    File errA = dir.resolve("a.err").toFile();
    File errB = dir.resolve("b.err").toFile();
    Process a = CliProcess.builder(night(target, "nightly", "--date", NIGHT)).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errA).start();
    Process b = CliProcess.builder(night(target, "nightly", "--date", NIGHT)).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errB).start();
    assertTrue(a.waitFor(600, TimeUnit.SECONDS) && b.waitFor(600, TimeUnit.SECONDS));
    int ok = (a.exitValue() == 0 ? 1 : 0) + (b.exitValue() == 0 ? 1 : 0);
    assertEquals(1, ok, "exactly one run succeeds: " + Files.readString(errA.toPath()) + Files.readString(errB.toPath()));
    String refused = Files.readString((a.exitValue() == 0 ? errB : errA).toPath(), StandardCharsets.UTF_8);
    assertTrue(refused.contains("socialbench nightly: the warehouse is busy: another run holds"), refused);
    assertEquals(reference, snapshot(wh, target));
  }

  private static void killWhenSeen(Path target, String name, String killWhenSeen) throws Exception {
    File err = dir.resolve(name + ".err").toFile();
    Process p = CliProcess.builder(night(target, "nightly", "--date", NIGHT))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err).start();
    long deadline = System.currentTimeMillis() + 600_000;
    boolean seen = false;
    while (p.isAlive() && System.currentTimeMillis() < deadline) {
      if (Files.readString(err.toPath(), StandardCharsets.UTF_8).contains(killWhenSeen)) {
        seen = true;
        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
        break;
      }
      Thread.sleep(50);
    }
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertTrue(seen, "never saw '" + killWhenSeen + "': " + Files.readString(err.toPath()));
  }
}
