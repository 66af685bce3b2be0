package socialbench.land;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Dataset;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.runtime.Settings;
import socialbench.runtime.Warehouse;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/** land --date D end to end: real files in an inbox, real Spark, Parquet bronze and Delta ops tables. */
@ExtendWith(SparkTestExtension.class)
class LanderTest {
  static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
  static final String X_FILE = "riverside-health/x/2026-11-01/tweet_activity_metrics_RiversideHlth_20261001_20261101_en.csv";

  private final TestWarehouse wh;
  private final LandingCase landing;

  LanderTest(TestWarehouse wh) throws IOException {
    this.wh = wh;
    this.landing = LandingCase.of(wh);
  }

  private Map<String, Long> bronzeCounts() {
    Map<String, Long> counts = new TreeMap<>();
    for (String t : List.of("ref_organizations", "ref_pages", "ads_campaigns", "crm_contacts", "facebook_post_insights", "meta_daily_series",
        "instagram_content", "ga4_traffic", "x_tweet_activity", "youtube_table_data", "youtube_chart_data")) {
      counts.put(t, landing.bronze(t).count());
    }
    return counts;
  }

  private static final Map<String, Long> SAMPLE_COUNTS = new TreeMap<>(Map.ofEntries(
      Map.entry("ref_organizations", 1L), Map.entry("ref_pages", 4L), Map.entry("ads_campaigns", 2L), Map.entry("crm_contacts", 3L),
      Map.entry("facebook_post_insights", 4L), Map.entry("meta_daily_series", 30L), Map.entry("instagram_content", 3L),
      Map.entry("ga4_traffic", 6L), Map.entry("x_tweet_activity", 5L), Map.entry("youtube_table_data", 2L),
      Map.entry("youtube_chart_data", 31L)));

  @Test
  void landsEverySampleWithZeroRejectedRowsAndReconciledCounts() {
    LandResult r = landing.land(NOV_1);
    assertEquals(11, r.count(LedgerEntry.LANDED), "10 files, the YouTube zip has 2 landed members");
    assertEquals(0, r.rowsRejected());
    assertEquals(SAMPLE_COUNTS, bronzeCounts());
    assertEquals(14593L, landing.bronze("x_tweet_activity").agg(org.apache.spark.sql.functions.sum("impressions")).first().getLong(0));
    Dataset<Row> ledger = landing.ops("landed_files");
    assertEquals(11, ledger.count());
    assertEquals(0, ledger.where("rows_read <> rows_landed + rows_rejected").count());
    assertEquals(91L, ledger.agg(org.apache.spark.sql.functions.sum("rows_landed")).first().getLong(0));
    Row x = landing.bronze("x_tweet_activity").where("tweet_id = '1850000000000000000'").first();
    assertEquals(X_FILE, x.getAs("_source_file"));
    assertEquals("riverside-health", x.getAs("_org_id"));
    assertEquals("x", x.getAs("_platform"));
    assertEquals(java.sql.Date.valueOf(NOV_1), x.getAs("_export_date"));
    assertEquals(r.runId(), x.getAs("_ingested_run"));
    Row run = landing.ops("runs").first();
    assertEquals("succeeded", run.getAs("status"));
    assertEquals(91L, (Long) run.getAs("rows_out"));
  }

  @Test
  void aNightWrittenInSmallBatchesLandsTheSameRows() throws IOException {
    // a second daily series in the same (date, org) slice as "Facebook follows" must survive the batching
    Files.write(landing.inbox.resolve("riverside-health/facebook/2026-11-01/Facebook reach.csv"),
        "sep=,\r\n\"Facebook reach\"\r\n\"Date\",\"Primary\"\r\n\"2026-10-31T00:00:00\",\"900\"\r\n".getBytes(StandardCharsets.UTF_16));
    LandResult r = new Lander(wh.spark(), landing.settings.with("socialbench.land.batch-rows", 10), null).land(NOV_1);
    assertEquals(12, r.count(LedgerEntry.LANDED));
    Map<String, Long> expected = new TreeMap<>(SAMPLE_COUNTS);
    expected.put("meta_daily_series", 31L);
    assertEquals(expected, bronzeCounts());
    assertEquals(900L, landing.bronze("meta_daily_series").where("series_title = 'Facebook reach'").first().<Long>getAs("value"));
  }

  @Test
  void landingTheSameDateAgainAddsNothing() {
    landing.land(NOV_1);
    List<Row> before = landing.bronze("x_tweet_activity").orderBy("tweet_id").collectAsList();
    LandResult again = landing.land(NOV_1);
    assertEquals(10, again.count(LedgerEntry.SKIPPED_DUPLICATE), "every file, the zip once");
    assertEquals(0, again.rowsLanded());
    assertEquals(SAMPLE_COUNTS, bronzeCounts());
    assertEquals(before, landing.bronze("x_tweet_activity").orderBy("tweet_id").collectAsList());
  }

  @Test
  void aLandWithNothingNewRunsNoSparkJobAndWritesOnlyItsRunRow() throws Exception {
    LandResult first = landing.land(NOV_1);
    Map<String, Long> versions = deltaVersions();
    Map<String, Long> bronzeFiles = bronzeFiles();
    assertEquals(SAMPLE_COUNTS.keySet(), bronzeFiles.keySet().stream().map(f -> f.substring(0, f.indexOf('/')))
        .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)), "Parquet files in each sample table");

    AtomicInteger jobs = new AtomicInteger();
    SparkListener counter = new SparkListener() {
      @Override
      public void onJobStart(SparkListenerJobStart job) {
        jobs.incrementAndGet();
      }
    };
    wh.spark().sparkContext().addSparkListener(counter);
    LandResult again;
    try {
      again = landing.land(NOV_1);
      wh.spark().sparkContext().listenerBus().waitUntilEmpty();
    } finally {
      wh.spark().sparkContext().removeSparkListener(counter);
    }
    assertEquals(0, jobs.get(), "no Spark job: the ledger is read and the run row written with Delta Kernel");
    assertEquals(10, again.count(LedgerEntry.SKIPPED_DUPLICATE));
    assertEquals(10, again.files().size());
    assertEquals(0, again.tablesWritten());

    Map<String, Long> expected = new TreeMap<>(versions);
    expected.merge("runs", 1L, Long::sum);
    assertEquals(expected, deltaVersions(), "only ops.runs has a new commit");
    assertEquals(bronzeFiles, bronzeFiles(), "bronze: the same files, untouched");
    assertEquals(11, landing.ops("landed_files").count());
    assertEquals(SAMPLE_COUNTS, bronzeCounts());
    List<Row> runs = landing.ops("runs").orderBy("finished_at").collectAsList();
    assertEquals(2, runs.size());
    assertEquals(first.runId(), runs.get(0).getAs("run_id"));
    Row run = runs.get(1);
    assertEquals(again.runId(), run.getAs("run_id"));
    assertEquals("land", run.getAs("job"));
    assertEquals(java.sql.Date.valueOf(NOV_1), run.getAs("logical_date"));
    assertEquals("succeeded", run.getAs("status"));
    assertEquals(0L, (Long) run.getAs("rows_in"));
    assertEquals(0L, (Long) run.getAs("rows_out"));
    assertEquals("nothing new: 10 files skipped_duplicate (not in ops.landed_files), 0 files rejected, 0 rows rejected",
        run.getAs("message"));
  }

  @Test
  void aFileRejectedEarlierIsTriedAgainAndRecordedWhenItsFolderIsLandedAgain() throws IOException {
    Files.write(landing.inbox.resolve("riverside-health/x/2026-11-01/empty.csv"), new byte[0]);
    landing.land(NOV_1);
    Map<String, Long> versions = deltaVersions();
    LandResult again = landing.land(NOV_1);
    assertEquals(10, again.count(LedgerEntry.SKIPPED_DUPLICATE));
    assertEquals(1, again.count(LedgerEntry.REJECTED));
    // not "nothing new": the run's ledger rows are written, the skipped files with them
    Map<String, Long> expected = new TreeMap<>(versions);
    expected.merge("landed_files", 1L, Long::sum);
    expected.merge("runs", 1L, Long::sum);
    assertEquals(expected, deltaVersions());
    assertEquals(List.of("rejected|1", "skipped_duplicate|10"), landing.ops("landed_files").where(col("run_id").equalTo(again.runId()))
        .groupBy("status").count().orderBy("status").collectAsList().stream().map(r -> r.getString(0) + "|" + r.getLong(1)).toList());
  }

  /**
   * Latest Delta version of each ops table a land run writes; -1 for none (this JVM's one session may have
   * entered ops.rejected_rows for an earlier test's warehouse, and then does not create it here).
   */
  private Map<String, Long> deltaVersions() {
    Map<String, Long> out = new TreeMap<>();
    for (String t : List.of("landed_files", "rejected_rows", "runs")) {
      String path = Warehouse.of(landing.settings).tablePath("ops", t);
      out.put(t, !Files.isDirectory(Path.of(path, "_delta_log")) ? -1L
          : io.delta.tables.DeltaTable.forPath(wh.spark(), path).history(1).select("version").first().getLong(0));
    }
    return out;
  }

  /** Every Parquet file under bronze, with its last-modified time. */
  private Map<String, Long> bronzeFiles() throws IOException {
    Path dir = Path.of(Warehouse.of(landing.settings).databasePath("bronze"));
    Map<String, Long> out = new TreeMap<>();
    try (var files = Files.walk(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".parquet")).toList()) {
        out.put(dir.relativize(p).toString(), Files.getLastModifiedTime(p).toMillis());
      }
    }
    return out;
  }

  @Test
  void aCorrectedReExportLandsNextToTheEarlierFileAndBothKeepTheirRows() throws IOException {
    landing.land(NOV_1);
    String original = Files.readString(landing.inbox.resolve(X_FILE), StandardCharsets.UTF_8);
    String corrected = original.replace("\"6105.0\"", "\"7000.0\"");
    Path fixed = landing.inbox.resolve("riverside-health/x/2026-11-01/tweet_activity_metrics_RiversideHlth_20261001_20261101_en (1).csv");
    Files.writeString(fixed, corrected, StandardCharsets.UTF_8);
    LandResult r = landing.land(NOV_1);
    LedgerEntry again = r.files().stream().filter(f -> f.status().equals(LedgerEntry.LANDED)).findFirst().orElseThrow();
    assertEquals(fixed.toString().substring(landing.inbox.toString().length() + 1), again.path());
    assertEquals(null, again.replacedSha256());
    // bronze keeps every export; which row describes a tweet is the model's choice (later landing wins)
    assertEquals(10, landing.bronze("x_tweet_activity").count());
    assertEquals(2, landing.bronze("x_tweet_activity").select("_file_sha256").distinct().count());
    // 14593 + (14593 - 6105 + 7000)
    assertEquals(30081L, landing.bronze("x_tweet_activity").agg(org.apache.spark.sql.functions.sum("impressions")).first().getLong(0));
    assertEquals(10, landing.bronze("x_tweet_activity").where("_land_date = date'2026-11-01'").count(), "both runs were for 2026-11-01");
    landing.land(NOV_1);
    assertEquals(10, landing.bronze("x_tweet_activity").count(), "a third run changes nothing");
  }

  @Test
  void aBacklogOfMonthlyExportsInOneFolderLandsEveryFile() throws IOException {
    Path dir = landing.inbox.resolve("riverside-health/x/2026-11-01");
    String header = Files.readString(landing.inbox.resolve(X_FILE), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    int columns = header.split("\",\"").length;
    for (int m = 1; m <= 24; m++) {
      StringBuilder csv = new StringBuilder(header).append('\n');
      for (int t = 0; t < 3; t++) {
        String[] f = new String[columns];
        java.util.Arrays.fill(f, "-");
        f[0] = String.valueOf(9_000_000L + m * 10 + t);
        f[1] = "https://twitter.com/RiversideHlth/status/" + f[0];
        f[2] = "month " + m;
        f[3] = String.format("2024-%02d-05 10:00 +0000", (m - 1) % 12 + 1).replace("2024", m > 12 ? "2025" : "2024");
        f[4] = String.valueOf(100 * m + t);
        csv.append('"').append(String.join("\",\"", f)).append("\"\n");
      }
      Files.writeString(dir.resolve(String.format("tweet_activity_metrics_RiversideHlth_%02d_en.csv", m)), csv.toString());
    }
    LandResult r = landing.land(NOV_1);
    assertEquals(11 + 24, r.count(LedgerEntry.LANDED));
    assertEquals(0, r.rowsRejected());
    assertEquals(5 + 72, landing.bronze("x_tweet_activity").count());
    assertEquals(5 + 72, landing.bronze("x_tweet_activity").select("tweet_id").distinct().count());
  }

  @Test
  void anIdenticalFileInAnotherPlatformFolderKeepsTheFirstFoldersRows() throws IOException {
    landing.land(NOV_1);
    Path follows = landing.inbox.resolve("riverside-health/facebook/2026-11-01/Facebook follows.csv");
    Path copy = landing.inbox.resolve("riverside-health/instagram/2026-11-01/Facebook follows.csv");
    Files.copy(follows, copy);
    LandResult r = landing.land(NOV_1);
    assertEquals(1, r.count(LedgerEntry.LANDED));
    assertEquals(30, landing.bronze("meta_daily_series").where("_platform = 'facebook'").count());
    assertEquals(30, landing.bronze("meta_daily_series").where("_platform = 'instagram'").count());
    landing.land(NOV_1.plusDays(1));
    assertEquals(60, landing.bronze("meta_daily_series").count());
  }

  @Test
  void aFileNamingAnotherOrganizationsPageIsRejectedAndTheRestLands() throws IOException {
    Files.writeString(landing.inbox.resolve("_reference/2026-11-01/pages.csv"), "org_id,platform,page_id,handle,name\n"
        + "riverside-health,x,RiversideHlth,@RiversideHlth,Riverside Health\n"
        + "riverside-health,facebook,112233445566778,riversidehealth,Riverside Health\n"
        + "riverside-health,instagram,17841400000000000,riversidehealth,Riverside Health\n"
        + "lakeside-clinic,facebook,P2,lakeside,Lakeside Clinic\n");
    Path posts = landing.inbox.resolve("riverside-health/facebook/2026-11-01/posts.csv");
    Files.writeString(posts, "post_id,page_id,platform,published_at,post_type,permalink,message,impressions,reach,likes,comments,shares,saves,"
        + "clicks,video_views\n"
        + "p1,112233445566778,facebook,2026-10-30T10:00:00Z,photo,-,hello,100,80,5,1,0,0,2,0\n"
        + "p2,P2,facebook,2026-10-30T11:00:00Z,photo,-,hello,999,900,99,9,9,0,9,0\n");
    LandResult r = landing.land(NOV_1);
    assertEquals(11, r.count(LedgerEntry.LANDED), "every sample file of riverside-health still lands");
    assertEquals(1, r.count(LedgerEntry.REJECTED));
    Row rejected = landing.ops("landed_files").where("status = 'rejected'").first();
    assertEquals("riverside-health/facebook/2026-11-01/posts.csv", rejected.getAs("path"));
    assertEquals("page P2 belongs to another organization", rejected.getAs("reason"));
    assertEquals(0L, (Long) rejected.getAs("rows_read"));
    assertEquals(false, new java.io.File(Warehouse.of(landing.settings).tablePath("bronze", "canonical_posts")).exists());
  }

  @Test
  void aSeriesWithoutPageIdIsRejectedAsAmbiguousWhenTheOrganizationHasTwoPagesOnThatPlatform() throws IOException {
    Files.writeString(landing.inbox.resolve("_reference/2026-11-01/pages.csv"), "org_id,platform,page_id,handle,name\n"
        + "riverside-health,x,RiversideHlth,@RiversideHlth,Riverside Health\n"
        + "riverside-health,facebook,P1,riversidehealth,Riverside Health\n"
        + "riverside-health,facebook,P2,riversidekids,Riverside Kids\n"
        + "riverside-health,instagram,17841400000000000,riversidehealth,Riverside Health\n");
    LandResult r = landing.land(NOV_1);
    // "Facebook follows.csv" (a daily series) names no page; the legacy post-level Insights export names
    // "Riverside Health" in its file name, which is P1's name in pages.csv
    List<Row> rejected = landing.ops("landed_files").where("status = 'rejected'").orderBy("path").collectAsList();
    assertEquals(1, rejected.size());
    assertEquals("ambiguous page: the file names no page and pages.csv gives riverside-health 2 facebook pages (P1, P2)",
        rejected.get(0).getAs("reason"));
    assertEquals("riverside-health/facebook/2026-11-01/Facebook follows.csv", rejected.get(0).getAs("path"));
    assertEquals(10, r.count(LedgerEntry.LANDED), "the Insights export and the other platforms' files land");
    assertEquals(List.of("P1"), landing.bronze("facebook_post_insights").select("_page_id").distinct().collectAsList().stream()
        .map(x -> x.getString(0)).toList());
    assertEquals(3, landing.bronze("instagram_content").count());
  }

  @Test
  void twoOrganizationsWithByteIdenticalExportsBothLand() throws IOException {
    Path copy = landing.inbox.resolve(X_FILE.replace("riverside-health/", "lakeside-clinic/"));
    Files.createDirectories(copy.getParent());
    Files.copy(landing.inbox.resolve(X_FILE), copy);
    LandResult r = landing.land(NOV_1);
    assertEquals(12, r.count(LedgerEntry.LANDED));
    assertEquals(0, r.count(LedgerEntry.SKIPPED_DUPLICATE));
    assertEquals(5, landing.bronze("x_tweet_activity").where("_org_id = 'lakeside-clinic'").count());
    assertEquals(10, landing.bronze("x_tweet_activity").count());
  }

  @Test
  void aCorrectedFileOfOneOrganizationKeepsTheOtherOrganizationsRowsOfThatDate() throws IOException {
    Path copy = landing.inbox.resolve(X_FILE.replace("riverside-health/", "lakeside-clinic/"));
    Files.createDirectories(copy.getParent());
    Files.copy(landing.inbox.resolve(X_FILE), copy);
    landing.land(NOV_1);
    String corrected = Files.readString(copy, StandardCharsets.UTF_8).replace("\"6105.0\"", "\"7000.0\"");
    Files.writeString(copy.resolveSibling("corrected.csv"), corrected, StandardCharsets.UTF_8);
    assertEquals(1, landing.land(NOV_1).count(LedgerEntry.LANDED));
    assertEquals(14593L, landing.bronze("x_tweet_activity").where("_org_id = 'riverside-health'")
        .agg(org.apache.spark.sql.functions.sum("impressions")).first().getLong(0));
    // both exports of lakeside-clinic stay: 14593 + (14593 - 6105 + 7000)
    assertEquals(30081L, landing.bronze("x_tweet_activity").where("_org_id = 'lakeside-clinic'")
        .agg(org.apache.spark.sql.functions.sum("impressions")).first().getLong(0));
  }

  @Test
  void aLateFileLandsOnALaterNightUnderItsOwnExportDate() throws IOException {
    Path ig = landing.inbox.resolve("riverside-health/instagram/2026-11-01/Oct-01-2026_Oct-31-2026_content.csv");
    Path away = Files.move(ig, landing.root.resolve("held-back.csv"));
    landing.land(NOV_1);
    Files.move(away, ig);
    LandResult next = landing.land(NOV_1.plusDays(1));
    assertEquals(1, next.files().size(), "only the late file; the rest of Nov 1 was landed already");
    LedgerEntry late = next.files().get(0);
    assertEquals(LedgerEntry.LANDED, late.status());
    assertEquals(NOV_1, late.exportDate());
    assertEquals(3, landing.bronze("instagram_content").where(col("_export_date").equalTo(java.sql.Date.valueOf(NOV_1))).count());
    assertEquals(0, landing.land(NOV_1.plusDays(1)).files().size(), "known files in older folders are not even listed");
  }

  @Test
  void aBadFileIsRejectedAndStopsNothingElse() throws IOException {
    Path dir = landing.inbox.resolve("riverside-health/x/2026-11-01");
    Files.write(dir.resolve("empty.csv"), new byte[0]);
    Files.writeString(dir.resolve("account.csv"), "\"Date\",\"Tweets published\",\"impressions\"\n\"2026-10-01\",\"2\",\"1200\"\n\"2026-10-02\",\"1\",\"many\"\n");
    LandResult r = landing.land(NOV_1);
    assertEquals(12, r.count(LedgerEntry.LANDED));
    assertEquals(1, r.count(LedgerEntry.REJECTED));
    Row rejectedFile = landing.ops("landed_files").where("status = 'rejected'").first();
    assertEquals("riverside-health/x/2026-11-01/empty.csv", rejectedFile.getAs("path"));
    assertEquals("empty file (0 bytes)", rejectedFile.getAs("reason"));
    Row bad = landing.ops("rejected_rows").first();
    assertEquals("riverside-health/x/2026-11-01/account.csv", bad.getAs("path"));
    assertEquals(3L, (Long) bad.getAs("row_number"));
    assertEquals("\"2026-10-02\",\"1\",\"many\"", bad.getAs("raw_text"));
    assertEquals("non-numeric value \"many\" in column impressions", bad.getAs("reason"));
    Row account = landing.ops("landed_files").where("format = 'x_account_daily'").first();
    assertEquals(2L, (Long) account.getAs("rows_read"));
    assertEquals(1L, (Long) account.getAs("rows_landed"));
    assertEquals(1L, (Long) account.getAs("rows_rejected"));
    assertEquals(5, landing.bronze("x_tweet_activity").count());
    assertEquals(1, landing.bronze("x_account_daily").count());
  }

  @Test
  void readsZoneLessTimestampsInThePagesTimeZoneFromReferencePages() throws IOException {
    Path pages = landing.inbox.resolve("_reference/2026-11-01/pages.csv");
    Files.writeString(pages, "org_id,platform,page_id,handle,name,timezone\n"
        + "riverside-health,facebook,112233445566778,riversidehealth,Riverside Health,America/Chicago\n");
    landing.land(NOV_1);
    Row first = landing.bronze("facebook_post_insights").where("post_id = '112233445566778_9000000000000'").first();
    // 10/02/2026 01:00:00 PM CDT (UTC-5) = 18:00 UTC; the session time zone is UTC
    assertEquals(java.sql.Timestamp.from(java.time.Instant.parse("2026-10-02T18:00:00Z")), first.getAs("published_at"));
  }

  /**
   * Files parsed on three threads land exactly what one thread lands: a generated messy inbox of two
   * organizations over two export dates (malformed rows, rejected files), a workbook that is no workbook and
   * an empty file, landed for the second day (the first as late files) into two warehouses, compared
   * table by table (bronze and the ledgers; run ids and times left out).
   */
  @Test
  void filesParsedOnThreeThreadsLandExactlyWhatOneThreadLands() throws Exception {
    Path inbox = wh.dir().resolve("messy-inbox");
    new socialbench.generate.Generator(new socialbench.generate.GenerateSpec(inbox, 2, LocalDate.of(2026, 10, 30), 2, 5, 0.4), System.err).run();
    String org;
    try (var orgs = Files.list(inbox)) {
      org = orgs.map(o -> o.getFileName().toString()).filter(o -> !o.startsWith("_")).sorted().findFirst().orElseThrow();
    }
    Path day = Files.createDirectories(inbox.resolve(org).resolve("linkedin").resolve("2026-10-31"));
    Files.writeString(day.resolve("followers_2026.xlsx"), "not a workbook");
    Files.writeString(Files.createDirectories(inbox.resolve(org).resolve("x").resolve("2026-10-31")).resolve("empty.csv"), "");
    Map<Integer, TreeMap<String, List<String>>> byThreads = new TreeMap<>();
    List<String> summaries = new java.util.ArrayList<>();
    for (int threads : new int[] {1, 3}) {
      Path warehouse = wh.dir().resolve("parse-threads-" + threads);
      socialbench.runtime.CatalogReset.forgetAll(wh.spark(), Files.createTempDirectory(wh.dir(), "forgotten-"));
      List<String> args = new java.util.ArrayList<>(List.of("land", "--date", "2026-10-31", "--inbox", inbox.toString(),
          "-Dsocialbench.land.parse-threads=" + threads));
      args.addAll(List.of(wh.cliOptions(warehouse)));
      socialbench.testing.CliRun r = socialbench.testing.CliRun.of(args.toArray(String[]::new));
      assertEquals(0, r.exitCode(), r.err());
      summaries.add(r.out().replaceAll(", [0-9.]+ s$", "").strip());
      TreeMap<String, List<String>> tables = socialbench.testing.WarehouseSnapshot.of(wh.spark(), warehouse, List.of("bronze", "ops"));
      tables.remove("ops.runs");
      byThreads.put(threads, tables);
      if (threads == 1) {
        long rejectedFiles = tables.get("ops.landed_files").stream().filter(row -> row.contains("rejected")).count();
        assertEquals(true, rejectedFiles >= 2 && tables.get("ops.rejected_rows").size() >= 3,
            "the inbox is messy enough: " + rejectedFiles + " files and " + tables.get("ops.rejected_rows").size() + " rows rejected");
        assertEquals(true, tables.size() > 10, "tables landed: " + tables.keySet());
      }
    }
    assertEquals(summaries.get(0), summaries.get(1));
    assertEquals(byThreads.get(1).keySet(), byThreads.get(3).keySet());
    for (String table : byThreads.get(1).keySet()) assertEquals(byThreads.get(1).get(table), byThreads.get(3).get(table), table);
  }
}
