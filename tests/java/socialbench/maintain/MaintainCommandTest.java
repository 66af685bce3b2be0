package socialbench.maintain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.runtime.WarehouseLock;
import socialbench.testing.CliProcess;
import socialbench.testing.CliRun;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/** {@code socialbench maintain}: exit codes, one summary line per table, its ops.runs rows, which tables it compacts. */
@ExtendWith(SparkTestExtension.class)
class MaintainCommandTest {

  private static String[] maintain(TestWarehouse wh, String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "maintain";
    System.arraycopy(args, 0, all, 1, args.length);
    System.arraycopy(wh.cliOptions(), 0, all, args.length + 1, 4);
    return all;
  }

  private static void smallCommits(TestWarehouse wh, String path, int commits) {
    wh.spark().sql("create table delta.`" + path + "` (n int) using delta");
    for (int i = 1; i <= commits; i++) wh.spark().sql("insert into delta.`" + path + "` values (" + i + ")");
  }

  private static DataFiles files(TestWarehouse wh, String path) {
    return DataFiles.of(path, wh.spark().sparkContext().hadoopConfiguration());
  }

  private static String line(String table, DataFiles before, DataFiles after, String compaction, long removed, long removedBytes, long hours) {
    return table + ": " + before.files() + " -> " + after.files() + " files (" + DataFiles.size(before.bytes()) + " -> "
        + DataFiles.size(after.bytes()) + "); " + compaction + "; removed " + removed + " superseded files"
        + (removed > 0 ? " (" + DataFiles.size(removedBytes) + ")" : "") + "; retention " + hours + " h";
  }

  private static List<String> lines(CliRun r) {
    return List.of(r.out().split("\n"));
  }

  @Test
  void compactsWhatWasWrittenSinceTheLastMaintainOrEverythingWithAllAndRecordsEachRun(TestWarehouse wh) {
    String t = wh.warehouse().tablePath("dw", "t");
    String u = wh.warehouse().tablePath("dw", "u");
    smallCommits(wh, t, 12);
    smallCommits(wh, u, 9);
    DataFiles t0 = files(wh, t);
    DataFiles u0 = files(wh, u);

    // 1: dw.t has 12 files (>= 10): compacted, and with retention 0 its 12 small files go; dw.u's 9 stay as they are
    CliRun first = CliRun.of(maintain(wh, "--retain-days", "0", "--date", "2026-11-01"));
    assertEquals(0, first.exitCode(), first.err());
    DataFiles t1 = files(wh, t);
    assertEquals(1, t1.files());
    assertEquals(List.of(line("dw.t", t0, t1, "compacted 12 into 1", 12, t0.bytes(), 0),
        line("dw.u", u0, u0, "nothing to compact", 0, 0, 0)), lines(first).subList(0, 2));
    assertTrue(lines(first).get(2).matches("maintain 2026-11-01: 2 tables, 21 -> 10 files \\(.+\\), compacted 12 into 1, "
        + "removed 12 superseded files in [0-9.]+ s"), first.out());
    assertEquals(3, lines(first).size());

    // 2: nothing was written since run 1, so even with a minimum of 5 files dw.u (9 files) is not compacted;
    // the date defaults to the latest logical date in ops.runs, the retention to 7 days
    String runs = wh.warehouse().tablePath("ops", "runs");
    DataFiles runs1 = files(wh, runs);
    CliRun second = CliRun.of(maintain(wh, "-Dsocialbench.maintain.min-files-to-compact=5"));
    assertEquals(0, second.exitCode(), second.err());
    assertEquals(List.of(line("dw.t", t1, t1, "nothing to compact", 0, 0, 168), line("dw.u", u0, u0, "nothing to compact", 0, 0, 168),
        line("ops.runs", runs1, runs1, "nothing to compact", 0, 0, 168)), lines(second).subList(0, 3));
    assertTrue(lines(second).get(3).startsWith("maintain 2026-11-01: 3 tables, 11 -> 11 files"), second.out());

    // 3: --all compacts dw.u too
    CliRun third = CliRun.of(maintain(wh, "--all", "--retain-days", "0", "-Dsocialbench.maintain.min-files-to-compact=5"));
    assertEquals(0, third.exitCode(), third.err());
    DataFiles u3 = files(wh, u);
    assertEquals(1, u3.files());
    assertEquals(line("dw.u", u0, u3, "compacted 9 into 1", 9, u0.bytes(), 0), lines(third).get(1));
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9),
        wh.spark().sql("select n from delta.`" + u + "` order by n").collectAsList().stream().map(r -> r.getInt(0)).toList());

    List<String> recorded = wh.spark().sql("select concat_ws('|', job, logical_date, status, rows_in, rows_out) from delta.`" + runs
        + "` order by started_at").collectAsList().stream().map(r -> r.getString(0)).toList();
    assertEquals(List.of("maintain|2026-11-01|succeeded|0|0", "maintain|2026-11-01|succeeded|0|0", "maintain|2026-11-01|succeeded|0|0"),
        recorded);
    assertEquals("2 tables, 21 -> 10 files (" + DataFiles.size(t0.bytes() + u0.bytes()) + " -> " + DataFiles.size(t1.bytes() + u0.bytes())
            + "), compacted 12 into 1, removed 12 superseded files",
        wh.spark().sql("select message from delta.`" + runs + "` order by started_at limit 1").first().getString(0));
  }

  @Test
  void aNegativeRetentionIsRefusedWithExitOne(TestWarehouse wh) {
    CliRun r = CliRun.of(maintain(wh, "--retain-days", "-1"));
    assertEquals(1, r.exitCode());
    assertEquals("socialbench maintain: --retain-days must be 0 or more, got -1\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void aRowLimitBelowOneIsRefusedWithExitOne(TestWarehouse wh) {
    CliRun r = CliRun.of(maintain(wh, "-Dsocialbench.maintain.rows-per-file=0"));
    assertEquals(1, r.exitCode());
    assertEquals("socialbench maintain: socialbench.maintain.rows-per-file must be at least 1, got 0\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void withoutADateAnEmptyWarehouseIsRefused(TestWarehouse wh) {
    String empty = wh.dir().resolve("empty-warehouse").toString();
    CliRun r = CliRun.of("maintain", "--warehouse", empty, "--master", "local[2]");
    assertEquals(1, r.exitCode());
    assertEquals("socialbench maintain: no run is recorded in " + empty + "/ops.db/runs; give --date YYYY-MM-DD\n", r.err());
  }

  @Test
  void maintainDoesNotRunWhileANightHoldsTheWarehouse(TestWarehouse wh) throws Exception {
    try (WarehouseLock night = WarehouseLock.acquire(wh.settings(), "nightly --date 2026-11-02")) {
      CliRun r = CliProcess.run(180, maintain(wh, "--date", "2026-11-02"));
      assertEquals(1, r.exitCode(), r.err());
      assertTrue(r.err().startsWith("socialbench maintain: the warehouse is busy: another run holds " + wh.dir().resolve("_locks/writer.lock")
          + " (nightly --date 2026-11-02 (pid " + ProcessHandle.current().pid() + ")); try again when it has finished"), r.err());
    }
  }
}
