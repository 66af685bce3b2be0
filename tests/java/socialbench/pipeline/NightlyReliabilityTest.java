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
 * (landing, model: two processes in a row on one warehouse; then two processes started at once, one refused,
 * the other killed during the bench) and then run again leave exactly the tables of one clean run (full
 * contents compared, docs/design.md §8). The runs that are killed or compete for the warehouse are real
 * processes; the clean run, the repair after the kills and the same night again use the command line inside the
 * test JVM (same code, a warm JVM whose catalog is forgotten first, as a new process starts: a cold process
 * night costs about twice as much on 2 cores).
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
   * One warehouse: a process killed during landing, a second killed during the model after it has re-landed,
   * then two processes of the same night started at once on what the kills left: one is refused with a clear
   * message, the other re-models and is killed during the bench. The night run once more (in this JVM) repairs
   * it, and the final tables equal the clean run's.
   */
  @Test
  void nightsKilledDuringLandingThenTheModelThenTwoAtOnceOneRefusedTheOtherKilledDuringTheBenchThenRepairedEqualACleanRun(
      TestWarehouse wh) throws Exception {
    Path target = dir.resolve("killed");
    killWhenSeen(target, "killed-land", "land: writing bronze.");
    killWhenSeen(target, "killed-model", "nightly " + NIGHT + ": model …");
    Path errA = dir.resolve("a.err");
    Path errB = dir.resolve("b.err");
    Process a = CliProcess.builder(night(target, "nightly", "--date", NIGHT)).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errA.toFile()).start();
    Process b = CliProcess.builder(night(target, "nightly", "--date", NIGHT)).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(errB.toFile()).start();
    // The refused process exits at its start; the other is killed once it has begun the bench (and only after
    // the refusal, so that the refused one never finds the warehouse free).
    String bench = "nightly " + NIGHT + ": bench …";
    long deadline = System.currentTimeMillis() + 600_000;
    Process killed = null;
    while (killed == null && System.currentTimeMillis() < deadline && (a.isAlive() || b.isAlive())) {
      if (!a.isAlive() && b.isAlive() && Files.readString(errB, StandardCharsets.UTF_8).contains(bench)) killed = b;
      else if (!b.isAlive() && a.isAlive() && Files.readString(errA, StandardCharsets.UTF_8).contains(bench)) killed = a;
      else Thread.sleep(50);
    }
    if (killed != null) killed.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
    assertTrue(a.waitFor(600, TimeUnit.SECONDS) && b.waitFor(600, TimeUnit.SECONDS));
    String both = Files.readString(errA) + "\n---\n" + Files.readString(errB);
    assertTrue(killed != null, "one run refused, the other seen in the bench: " + both);
    Path refusedErr = killed == a ? errB : errA;
    Process refused = killed == a ? b : a;
    assertTrue(refused.exitValue() != 0, "the refused run exits non-zero: " + both);
    String refusal = Files.readString(refusedErr, StandardCharsets.UTF_8);
    assertTrue(refusal.contains("socialbench nightly: the warehouse is busy: another run holds"), refusal);

    CliRun repair = nightInThisJvm(wh, target);
    assertEquals(0, repair.exitCode(), repair.err());
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
