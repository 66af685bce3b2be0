package socialbench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.runtime.CatalogReset;
import socialbench.testing.CliRun;
import socialbench.testing.DirectoryCopy;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * One runner for every command: a step that fails is recorded in ops.runs with the same row, and the
 * command exits 1 with the same reason, whether it ran in {@code nightly} or as its own command; a step
 * that succeeds records the same row both ways. Real nights on the sample inbox (tests/fixtures/land/inbox).
 */
@ExtendWith(SparkTestExtension.class)
class StepRunnerTest {
  static final String DATE = "2026-11-01";
  static final Path SAMPLES = Path.of("tests/fixtures/land/inbox");

  @Test
  void aModelStepThatThrowsIsRecordedAlikeByNightlyAndByModel(TestWarehouse wh) throws IOException {
    String[] common = fresh(wh, "model-fails");
    String reason = "socialbench.model.parallel-models must be at least 1: 0";

    CliRun night = CliRun.of(args(common, "nightly", "--date", DATE, "-Dsocialbench.model.parallel-models=0"));
    assertEquals(1, night.exitCode(), night.err());
    assertEquals("socialbench nightly: night " + DATE + ": model failed: " + reason, lastLine(night.err()));
    assertTrue(night.err().contains("nightly " + DATE + ": model …\n"), night.err());

    CliRun model = CliRun.of(args(common, "model", "--date", DATE, "-Dsocialbench.model.parallel-models=0"));
    assertEquals(1, model.exitCode(), model.err());
    assertEquals("socialbench model: " + reason, lastLine(model.err()));
    assertEquals("model " + DATE + ": …", model.err().lines().findFirst().orElseThrow());
    assertEquals("", model.out());

    assertEquals(List.of(
            "land|succeeded|91|91",
            "model|failed|0|0|" + reason,
            "nightly|failed|91|91|model failed: " + reason,
            "model|failed|0|0|" + reason),
        runs(wh, common, "job, status, rows_in, rows_out, case when job = 'land' then null else message end"));
  }

  @Test
  void aBlockingCheckIsRecordedAlikeByNightlyAndByCheckAndASucceedingBenchAlikeByNightlyAndByBench(TestWarehouse wh)
      throws IOException {
    String[] common = fresh(wh, "check-fails");
    Path conf = Files.writeString(wh.dir().resolve("blocking-check.conf"),
        "socialbench.quality.check-files = [\"checks/blocking-dim-platform.conf\"]\n");
    String[] checks = {"--conf", conf.toString()};
    String reason = "1 blocking check(s) failed for " + DATE + ": dim_platform.refused; nothing was published";

    CliRun night = CliRun.of(args(common, "nightly", "--date", DATE, checks[0], checks[1]));
    assertEquals(1, night.exitCode(), night.err());
    assertEquals("socialbench nightly: night " + DATE + ": check failed: " + reason, lastLine(night.err()));

    CliRun check = CliRun.of(args(common, "check", "--date", DATE, checks[0], checks[1]));
    assertEquals(1, check.exitCode(), check.err());
    assertEquals("socialbench check: " + reason, lastLine(check.err()));
    // the results table on stdout: the derived key checks pass, the refused one fails on all 6 platforms
    assertTrue(check.out().lines().anyMatch(l -> l.matches("dw\\.fct_web_daily:unique:org_id,date,source_platform,campaign +pass +0 .*")),
        check.out());
    assertTrue(check.out().lines().anyMatch(l -> l.matches("dim_platform\\.refused +fail +6 *")), check.out());

    // bench alone honours socialbench.bench.parallel-models and prints its progress, as in the night
    CliRun bench = CliRun.of(args(common, "bench", "--date", DATE, "-Dsocialbench.bench.parallel-models=1"));
    assertEquals(0, bench.exitCode(), bench.err());
    assertTrue(bench.err().contains("  bench.page_month "), bench.err());
    assertTrue(bench.err().contains("bench " + DATE + ": done in "), bench.err());
    assertTrue(bench.out().startsWith("bench " + DATE + ": months [2026-10-01, 2026-11-01] (k = 5)\n  bench.page_month: 4 rows\n"), bench.out());
    CliRun noParallel = CliRun.of(args(common, "bench", "--date", DATE, "-Dsocialbench.bench.parallel-models=0"));
    assertEquals("socialbench bench: socialbench.bench.parallel-models must be at least 1: 0", lastLine(noParallel.err()));

    List<String> rows = runs(wh, common, "job, status, rows_in, rows_out, message");
    assertEquals(List.of("land", "model", "bench", "check", "nightly", "check", "bench", "bench"),
        rows.stream().map(r -> r.substring(0, r.indexOf('|'))).toList());
    assertEquals("check|failed|0|0|" + reason, rows.get(3));
    assertEquals("nightly|failed|", rows.get(4).substring(0, "nightly|failed|".length()));
    assertTrue(rows.get(4).endsWith("|check failed: " + reason), rows.get(4));
    assertEquals(rows.get(3), rows.get(5));
    assertEquals("bench|succeeded|0|422|months [2026-10-01, 2026-11-01], 422 rows", rows.get(2));
    assertEquals(rows.get(2), rows.get(6));
    assertEquals("bench|failed|0|0|socialbench.bench.parallel-models must be at least 1: 0", rows.get(7));

    // the shipped check files (with the checks derived from the models' keys) pass on the sample night and publish
    CliRun shipped = CliRun.of(args(common, "check", "--date", DATE));
    assertEquals(0, shipped.exitCode(), shipped.err() + shipped.out());
    List<String> out = shipped.out().lines().toList();
    assertTrue(out.get(out.size() - 2).matches("published [1-9][0-9]* tables"), shipped.out());
    String summary = out.get(out.size() - 1).substring(("check " + DATE + ": ").length());
    assertTrue(summary.matches("[0-9]+ checks passed(, [0-9]+ warnings)?"), shipped.out());
    int n = Integer.parseInt(summary.substring(0, summary.indexOf(' ')));
    assertTrue(n > 40, summary);
    assertEquals("check|succeeded|" + n + "|" + n + "|" + summary, runs(wh, common, "job, status, rows_in, rows_out, message").get(8));
  }

  /** A fresh warehouse and a copy of the sample inbox under the class's directory; the session forgets the last one. */
  private static String[] fresh(TestWarehouse wh, String name) throws IOException {
    Path dir = Files.createDirectories(wh.dir().resolve(name));
    CatalogReset.forgetAll(wh.spark(), Files.createTempDirectory(wh.dir(), "forgotten-"));
    Path inbox = DirectoryCopy.of(SAMPLES, dir.resolve("inbox"));
    List<String> common = new ArrayList<>(List.of("--inbox", inbox.toString()));
    common.addAll(List.of(wh.cliOptions(dir.resolve("warehouse"))));
    return common.toArray(String[]::new);
  }

  private static List<String> runs(TestWarehouse wh, String[] common, String columns) {
    String path = common[3] + "/ops.db/runs";
    List<String> out = new ArrayList<>();
    wh.spark().sql("select concat_ws('|', " + columns + ") from delta.`" + path + "` order by finished_at")
        .collectAsList().forEach(r -> out.add(r.getString(0)));
    return out;
  }

  private static String[] args(String[] common, String... command) {
    List<String> all = new ArrayList<>(List.of(command));
    all.addAll(List.of(common));
    return all.toArray(String[]::new);
  }

  private static String lastLine(String s) {
    List<String> lines = s.strip().lines().toList();
    return lines.get(lines.size() - 1);
  }
}
