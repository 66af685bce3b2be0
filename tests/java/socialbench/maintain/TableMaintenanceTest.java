package socialbench.maintain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.runtime.Publication;
import socialbench.testing.CliRun;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * Compaction and VACUUM on real Delta tables on disk: fewer files with the same rows, superseded files
 * removed only past the retention, and readers pinned to a published version still reading it afterwards.
 */
@ExtendWith(SparkTestExtension.class)
class TableMaintenanceTest {

  private static final int DAYS_7 = 7;

  private static TableMaintenance maintenance(TestWarehouse wh, int retainDays, long minFiles) {
    return maintenance(wh, retainDays, minFiles, 1_000_000);
  }

  private static TableMaintenance maintenance(TestWarehouse wh, int retainDays, long minFiles, long rowsPerFile) {
    return new TableMaintenance(wh.spark(), publication(wh), RetentionRule.days(retainDays), minFiles, rowsPerFile, Clock.systemUTC());
  }

  private static Publication publication(TestWarehouse wh) {
    return new Publication(wh.warehouse(), wh.spark().sparkContext().hadoopConfiguration());
  }

  /** A table of one int column at {@code path}, written by {@code commits} inserts of one row each (n = 1..commits). */
  private static void smallCommits(TestWarehouse wh, String path, int commits) {
    wh.spark().sql("create table delta.`" + path + "` (n int) using delta");
    for (int i = 1; i <= commits; i++) wh.spark().sql("insert into delta.`" + path + "` values (" + i + ")");
  }

  /** Parquet files under the table directory, outside _delta_log, counted on disk. */
  private static long parquetFiles(String path) {
    try (Stream<Path> s = Files.walk(Path.of(path))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".parquet") && !p.toString().contains("/_delta_log/")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Integer> rows(TestWarehouse wh, String path) {
    return wh.spark().sql("select n from delta.`" + path + "` order by n").collectAsList().stream().map(r -> r.getInt(0)).toList();
  }

  private static long version(TestWarehouse wh, String path) {
    return TableHistory.of(wh.spark(), path).latestVersion();
  }

  private static String sqlCsv(TestWarehouse wh, String query, String... extra) {
    String[] args = Stream.concat(Stream.of("sql", "-e", query, "--format", "csv", "--warehouse", wh.dir().toString()), Stream.of(extra))
        .toArray(String[]::new);
    CliRun r = CliRun.of(args);
    assertEquals(0, r.exitCode(), r.err());
    return r.out();
  }

  @Test
  void aTableWrittenInTwelveSmallCommitsIsCompactedIntoOneFileWithTheSameRows(TestWarehouse wh) {
    String path = wh.dir().resolve("scratch/compact").toString();
    smallCommits(wh, path, 12);
    assertEquals(12, parquetFiles(path));

    TableMaintained t = maintenance(wh, DAYS_7, 10).maintain("scratch.compact", path, true);

    assertEquals(12, t.compactedFiles());
    assertEquals(1, t.compactedInto());
    assertEquals(1, wh.spark().sql("describe detail delta.`" + path + "`").select("numFiles").first().getLong(0));
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), rows(wh, path));
    // the 12 small files were superseded a moment ago: within 7 days, so they stay on disk
    assertEquals(0, t.removedFiles());
    assertEquals(13, parquetFiles(path));
    assertEquals(new DataFiles(12, t.before().bytes()), t.before());
    assertEquals(13, t.after().files());
    assertEquals(168, t.retentionHours());
    assertEquals(13, version(wh, path)); // create (0), 12 inserts, one OPTIMIZE; no vacuum commits
  }

  @Test
  void aTableWithFewerFilesThanTheMinimumIsNotRewritten(TestWarehouse wh) {
    String path = wh.dir().resolve("scratch/few").toString();
    smallCommits(wh, path, 9);

    TableMaintained t = maintenance(wh, DAYS_7, 10).maintain("scratch.few", path, true);

    assertEquals(0, t.compactedFiles());
    assertEquals(9, version(wh, path));
    assertEquals(9, parquetFiles(path));
  }

  @Test
  void filesSupersededByAnOverwriteAreRemovedOnlyOnceOlderThanTheRetention(TestWarehouse wh) {
    String path = wh.dir().resolve("scratch/overwritten").toString();
    smallCommits(wh, path, 3);
    wh.spark().sql("insert overwrite delta.`" + path + "` values (40)");
    assertEquals(4, parquetFiles(path)); // 3 superseded + 1 current

    TableMaintained kept = maintenance(wh, DAYS_7, 10).maintain("scratch.overwritten", path, true);
    assertEquals(0, kept.removedFiles());
    assertEquals(4, parquetFiles(path));

    long supersededBytes = kept.after().bytes() - DataFiles.of(path, wh.spark().sparkContext().hadoopConfiguration()).bytes();
    TableMaintained removed = maintenance(wh, 0, 10).maintain("scratch.overwritten", path, true);
    assertEquals(3, removed.removedFiles());
    assertEquals(1, parquetFiles(path));
    assertEquals(new DataFiles(1, removed.after().bytes()), removed.after());
    assertEquals(removed.before().bytes() - removed.after().bytes(), removed.removedBytes());
    assertEquals(0, supersededBytes);
    assertEquals(0, removed.retentionHours());
    assertEquals(List.of(40), rows(wh, path));
    assertEquals("scratch.overwritten: 4 -> 1 files (" + DataFiles.size(removed.before().bytes()) + " -> "
        + DataFiles.size(removed.after().bytes()) + "); nothing to compact; removed 3 superseded files ("
        + DataFiles.size(removed.removedBytes()) + "); retention 0 h", removed.summary());
  }

  @Test
  void aReaderPinnedToThePublishedVersionStillReadsItAfterMaintainWithRetentionZero(TestWarehouse wh) {
    String path = wh.warehouse().tablePath("dw", "pinned");
    smallCommits(wh, path, 12); // versions 1..12, rows 1..12
    publication(wh).publish(List.of("dw"));
    assertEquals(12, publication(wh).publishedVersion(path).getAsLong());
    // a night that failed its checks: version 13 holds a 13th row nobody published
    wh.spark().sql("insert into delta.`" + path + "` values (13)");

    TableMaintained t = maintenance(wh, 0, 10).maintain("dw.pinned", path, true);

    assertEquals(13, t.compactedFiles());
    assertEquals(1, t.compactedInto());
    assertEquals(2, t.retentionHours()); // version 13 is seconds old: 1 h rounded up + 1 h margin
    assertEquals("retention raised to keep published version 12", t.note());
    assertEquals(0, t.removedFiles());
    assertEquals(14, parquetFiles(path)); // 12 of the published version, the unpublished one, the compacted one
    assertEquals(12, publication(wh).publishedVersion(path).getAsLong()); // maintain publishes nothing
    assertEquals("n,s\n12,78\n", sqlCsv(wh, "select count(*) as n, sum(n) as s from dw.pinned"));
    assertEquals("n,s\n13,91\n", sqlCsv(wh, "select count(*) as n, sum(n) as s from dw.pinned", "--latest"));

    // the next night publishes; the old files are no longer anybody's, and retention 0 removes them
    wh.catalog().registerAll();
    publication(wh).publish(List.of("dw"));
    TableMaintained next = maintenance(wh, 0, 10).maintain("dw.pinned", path, true);
    assertEquals(0, next.retentionHours());
    assertEquals(13, next.removedFiles());
    assertEquals(1, parquetFiles(path));
    assertEquals("n,s\n13,91\n", sqlCsv(wh, "select count(*) as n, sum(n) as s from dw.pinned"));
    wh.catalog().registerAll();
  }

  @Test
  void maintainRunTwiceChangesNothingTheSecondTime(TestWarehouse wh) {
    String path = wh.dir().resolve("scratch/twice").toString();
    smallCommits(wh, path, 12);
    TableMaintained first = maintenance(wh, 0, 1).maintain("scratch.twice", path, true);
    assertEquals(12, first.compactedFiles());
    assertEquals(12, first.removedFiles());
    long versionAfterFirst = version(wh, path);
    assertEquals(13, versionAfterFirst);

    TableMaintained second = maintenance(wh, 0, 1).maintain("scratch.twice", path, true);

    assertEquals(0, second.compactedFiles()); // OPTIMIZE of a one-file table commits nothing
    assertEquals(0, second.removedFiles());
    assertEquals(versionAfterFirst, version(wh, path));
    assertEquals(first.after(), second.before());
    assertEquals(first.after(), second.after());
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12), rows(wh, path));
  }

  @Test
  void whenTheDryRunWouldRemoveAFileOfThePublishedVersionTheTableIsNotVacuumed(TestWarehouse wh) throws IOException {
    String path = wh.warehouse().tablePath("dw", "stale");
    smallCommits(wh, path, 3); // versions 1..3
    publication(wh).publish(List.of("dw"));
    wh.spark().sql("insert overwrite delta.`" + path + "` values (40)"); // version 4, unpublished, removes 3 files
    // Make version 4's removals look 30 days old, as after a long run of failed nights whose removal stamps
    // and files have aged: the retention rule, which goes by the commit's timestamp, would let them go.
    long old = System.currentTimeMillis() - 30L * 24 * 3600 * 1000;
    Path commit = Path.of(path, "_delta_log", "00000000000000000004.json");
    Files.writeString(commit, Files.readString(commit).replaceAll("\"deletionTimestamp\":[0-9]+", "\"deletionTimestamp\":" + old));
    Files.deleteIfExists(commit.resolveSibling(".00000000000000000004.json.crc")); // Hadoop's checksum of the old text
    org.apache.spark.sql.delta.DeltaLog.clearCache(); // read the edited commit again
    try (Stream<Path> s = Files.walk(Path.of(path))) {
      for (Path p : s.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList()) {
        Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(old));
      }
    }

    TableMaintained t = maintenance(wh, 0, 10).maintain("dw.stale", path, true);

    assertEquals("vacuum skipped: it would remove 3 files of published version 3", t.note());
    assertEquals(0, t.removedFiles());
    assertEquals(4, parquetFiles(path));
    assertEquals("n,s\n3,6\n", sqlCsv(wh, "select count(*) as n, sum(n) as s from dw.stale"));
    wh.catalog().registerAll();
  }

  /** Each current data file of a (d date, n int) table as "first..last: n values", sorted. */
  private static List<String> fileSpans(TestWarehouse wh, String path) {
    return wh.spark().sql("select min(d), max(d), concat_ws(' ', sort_array(collect_list(n))) from delta.`" + path
        + "` group by _metadata.file_path").collectAsList().stream()
        .map(r -> r.get(0) + ".." + r.get(1) + ": " + r.getString(2)).sorted().toList();
  }

  private static java.util.Set<String> currentFiles(TestWarehouse wh, String path) {
    return java.util.Set.copyOf(wh.spark().sql("select distinct _metadata.file_path from delta.`" + path + "`")
        .collectAsList().stream().map(r -> r.getString(0)).toList());
  }

  @Test
  void aTableTheNightsRewriteByDateIsCompactedOneFilePerMonthSoALaterSliceLeavesEarlierMonthsFilesAlone(TestWarehouse wh) {
    String path = wh.dir().resolve("scratch/by_month").toString();
    wh.spark().sql("create table delta.`" + path + "` (d date, n int) using delta");
    for (String values : List.of(
        "(date'2025-12-31', 8)",                            // December alone: stays
        "(date'2026-01-05', 1), (date'2026-03-20', 2)",     // spans January..March: those months are rewritten
        "(date'2026-01-10', 3)",
        "(date'2026-02-01', 4), (null, 5)",                 // February and a NULL: the NULLs are rewritten too
        "(date'2026-02-28', 6)",
        "(date'2026-04-02', 7)")) {                         // April alone: stays
      wh.spark().sql("insert into delta.`" + path + "` values " + values);
    }
    java.util.Set<String> before = currentFiles(wh, path);

    TableMaintained t = maintenance(wh, DAYS_7, 2).maintain("scratch.by_month", path, true, "d");

    assertEquals(4, t.compactedFiles()); // the four files holding January..March or a NULL
    assertEquals(4, t.compactedInto());  // January, February, March, the NULLs
    assertEquals(List.of("2025-12-31..2025-12-31: 8", "2026-01-05..2026-01-10: 1 3", "2026-02-01..2026-02-28: 4 6",
        "2026-03-20..2026-03-20: 2", "2026-04-02..2026-04-02: 7", "null..null: 5"), fileSpans(wh, path));
    java.util.Set<String> after = currentFiles(wh, path);
    assertEquals(2, after.stream().filter(before::contains).count()); // December's and April's files untouched
    assertEquals(7, version(wh, path)); // create, six inserts; one commit for the compaction
    TableHistory history = TableHistory.of(wh.spark(), path);
    assertEquals("COMPACT BY MONTH", history.commits().stream().filter(c -> c.version() == 7).findFirst().orElseThrow().operation());
    assertEquals(false, history.writtenSince(history.commits().stream().filter(c -> c.version() == 6).findFirst().orElseThrow().timestamp()));

    TableMaintained again = maintenance(wh, DAYS_7, 2).maintain("scratch.by_month", path, true, "d");
    assertEquals(0, again.compactedFiles());
    assertEquals(7, version(wh, path));

    // a night replacing the slice from 2026-03-15 on (and the NULLs), as MergeWithinSlices writes it
    wh.spark().sql("select * from values (date'2026-03-20', 2), (date'2026-04-02', 7), (date'2026-04-03', 9), (cast(null as date), 5) as v(d, n)")
        .write().format("delta").mode("overwrite").option("replaceWhere", "d >= '2026-03-15' or d is null").save(path);
    java.util.Set<String> afterNight = currentFiles(wh, path);
    assertEquals(3, afterNight.stream().filter(after::contains).count()); // December, January, February: not rewritten
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), rows(wh, path));
  }

  @Test
  void aMonthWithMoreRowsThanTheLimitIsWrittenAsSeveralFilesOfThatMonth(TestWarehouse wh) {
    String path = wh.dir().resolve("scratch/big_month").toString();
    wh.spark().sql("create table delta.`" + path + "` (d date, n int) using delta");
    wh.spark().sql("insert into delta.`" + path + "` values (date'2026-01-01', 1), (date'2026-01-02', 2), (date'2026-01-03', 3), (date'2026-02-01', 4)");
    wh.spark().sql("insert into delta.`" + path + "` values (date'2026-01-04', 5), (date'2026-02-02', 6)");

    TableMaintained t = maintenance(wh, DAYS_7, 2, 2).maintain("scratch.big_month", path, true, "d");

    assertEquals(2, t.compactedFiles());
    assertEquals(3, t.compactedInto());
    // sorted by the date within the month, then cut every 2 rows
    assertEquals(List.of("2026-01-01..2026-01-02: 1 2", "2026-01-03..2026-01-04: 3 5", "2026-02-01..2026-02-02: 4 6"), fileSpans(wh, path));
    // January's two files are what its four rows need: a second run leaves them
    assertEquals(0, maintenance(wh, DAYS_7, 2, 2).maintain("scratch.big_month", path, true, "d").compactedFiles());
    assertEquals(3, version(wh, path));
  }

  @Test
  void theTablesCompactedByMonthAreTheUnpartitionedModelsWrittenByADateSlice() {
    assertEquals(java.util.Map.of("dw.dim_post", "published_date", "dw.fct_post", "published_date", "dw.fct_lead_funnel", "created_date",
        "dw.fct_conversion_daily", "date", "dw.fct_page_daily", "date", "dw.fct_web_daily", "date"),
        Maintenance.monthColumns(socialbench.model.ModelManifest.load()));
  }
}
