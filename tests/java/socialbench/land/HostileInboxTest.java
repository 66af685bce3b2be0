package socialbench.land;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.runtime.Settings;
import socialbench.runtime.Warehouse;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * Issue 21, hostile files: each is rejected with its reason and recorded in ops.landed_files, and the
 * other organizations' files of the night (the shared samples of riverside-health) land in full.
 *
 * <p>Tests run as root here, and chmod 000 does not stop root from reading. Unreadable entries are
 * therefore made in ways that hold for any user: a FIFO (opening it would block), a folder where a file
 * is expected, a dangling link; a chmod 000 file and folder are added only when not running as root.
 */
@ExtendWith(SparkTestExtension.class)
class HostileInboxTest {
  static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
  static final String SECRET = "TOP-SECRET-7731";

  private final TestWarehouse wh;
  private final LandingCase landing;

  HostileInboxTest(TestWarehouse wh) throws IOException {
    this.wh = wh;
    this.landing = LandingCase.of(wh).with("socialbench.land.limits.max-file-bytes", 100000);
  }

  private Path day(String org, String platform) throws IOException {
    return Files.createDirectories(landing.inbox.resolve(org).resolve(platform).resolve(NOV_1.toString()));
  }

  private static Map<String, String> rejected(LandResult r) {
    Map<String, String> out = new TreeMap<>();
    for (LedgerEntry e : r.files()) {
      if (e.status().equals(LedgerEntry.REJECTED)) out.put(e.path(), e.reason());
    }
    return out;
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void hostileEntriesAreRejectedWithTheirReasonAndEveryOtherFileLands() throws Exception {
    Path x = day("lakeside-clinic", "x");
    Files.copy(landing.inbox.resolve(LanderTest.X_FILE), x.resolve("tweets.csv")); // lakeside's one good file
    Files.write(x.resolve("bomb.csv.gz"), Bombs.gzipOfZeros(64L << 20));
    Files.write(day("lakeside-clinic", "linkedin").resolve("followers.xlsx"), Bombs.xlsxWithBomb(64L << 20));
    Files.writeString(x.resolve("big.csv"), "a".repeat(200000));
    // before issue 21 the IllegalArgumentException of this zip escaped the parser and ended the whole night
    Files.write(day("lakeside-clinic", "youtube").resolve("export.zip"), BadInputCorpusTest.latin1Zip("caf\u00e9.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
    Path secret = Files.writeString(Files.createDirectories(landing.root.resolve("elsewhere")).resolve("secret.csv"),
        SECRET + ",do not land\nmore,lines\n");
    Files.createSymbolicLink(x.resolve("linked.csv"), secret);
    Files.createSymbolicLink(day("lakeside-clinic", "ads").resolve("dangling.csv"), landing.root.resolve("nothing-here.csv"));
    Files.createDirectories(landing.inbox.resolve("mallory"));
    Files.createSymbolicLink(landing.inbox.resolve("mallory/facebook"), landing.inbox.resolve("riverside-health/facebook"));
    Path fifo = day("lakeside-clinic", "tiktok").resolve("pipe.csv");
    assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
    Files.writeString(Files.createDirectories(day("lakeside-clinic", "web").resolve("nested")).resolve("inner.csv"), "a,b\n1,2\n");
    Map<String, String> expected = new TreeMap<>(Map.of(
        "lakeside-clinic/x/2026-11-01/bomb.csv.gz",
        "decompresses to more than 100 times its compressed size (limit socialbench.land.limits.max-inflation-ratio)",
        "lakeside-clinic/linkedin/2026-11-01/followers.xlsx",
        "decompresses to more than 100 times its compressed size (limit socialbench.land.limits.max-inflation-ratio)",
        "lakeside-clinic/x/2026-11-01/big.csv", "file too large: 200000 bytes (limit socialbench.land.limits.max-file-bytes = 100000)",
        "lakeside-clinic/youtube/2026-11-01/export.zip", "unreadable archive: an entry name is not valid UTF-8",
        "lakeside-clinic/x/2026-11-01/linked.csv", "symbolic link: not followed",
        "lakeside-clinic/ads/2026-11-01/dangling.csv", "symbolic link: not followed",
        "mallory/facebook", "symbolic link: not followed",
        "lakeside-clinic/tiktok/2026-11-01/pipe.csv", "not a regular file (a pipe, socket or device): not read",
        "lakeside-clinic/web/2026-11-01/nested", "a folder inside a date folder: not landed (put files directly in the date folder)"));
    if (!isRoot()) {
      Path locked = Files.writeString(day("lakeside-clinic", "crm").resolve("locked.csv"), "Record ID,Lifecycle Stage\n1,lead\n");
      Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
      Path lockedFolder = day("lakeside-clinic", "instagram");
      Files.setPosixFilePermissions(lockedFolder, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
      expected.put("lakeside-clinic/crm/2026-11-01/locked.csv", "unreadable file: permission denied");
      expected.put("lakeside-clinic/instagram/2026-11-01", "unreadable folder: permission denied");
    }

    LandResult r = landing.land(NOV_1);

    assertEquals(expected, rejected(r));
    assertEquals(12, r.count(LedgerEntry.LANDED), "riverside-health's 11 members and lakeside-clinic's tweets.csv");
    assertEquals(10, landing.bronze("x_tweet_activity").count());
    assertEquals(4, landing.bronze("facebook_post_insights").count(), "the linked folder added nothing");
    assertEquals(0, landing.bronze("facebook_post_insights").where("_org_id = 'mallory'").count());
    assertEquals(0, landing.bronze("meta_daily_series").where("_org_id = 'mallory'").count());
    Dataset<Row> ledger = landing.ops("landed_files");
    assertEquals(0, ledger.where("status = 'rejected' and not sha256 rlike '^[0-9a-f]{64}$'").count());
    assertEquals(0, ledger.where("org_id = 'mallory' and status <> 'rejected'").count());
    assertEquals(0, r.rowsRejected(), "no row was quarantined, so ops.rejected_rows holds nothing of the night");
    for (String table : List.of("landed_files", "runs")) {
      for (Row row : landing.ops(table).collectAsList()) assertFalse(row.toString().contains(SECRET), table + ": " + row);
    }
    for (Row row : landing.bronze("x_tweet_activity").collectAsList()) assertFalse(row.toString().contains(SECRET));
    assertEquals("succeeded", landing.ops("runs").first().getAs("status"));
  }

  @Test
  void aRejectedFileIsRecordedAndTheLookBackDoesNotRetryItUntilItChanges() throws Exception {
    Path x = day("lakeside-clinic", "x");
    Path bomb = Files.write(x.resolve("bomb.csv.gz"), Bombs.gzipOfZeros(32L << 20));
    Files.createSymbolicLink(x.resolve("linked.csv"), landing.inbox.resolve(LanderTest.X_FILE));
    LandResult first = landing.land(NOV_1);
    assertEquals(2, first.count(LedgerEntry.REJECTED));
    String sha = FileHash.sha256(bomb);
    assertEquals(1, landing.ops("landed_files").where("status = 'rejected' and sha256 = '" + sha + "'").count());

    assertEquals(List.of(), landing.land(NOV_1.plusDays(1)).files(), "the next night reads nothing of Nov 1 again");

    Files.write(bomb, Bombs.gzipOfZeros(33L << 20)); // the file changed: it is read (and rejected) again
    LandResult third = landing.land(NOV_1.plusDays(2));
    assertEquals(1, third.files().size());
    LedgerEntry again = third.files().get(0);
    assertEquals("lakeside-clinic/x/2026-11-01/bomb.csv.gz", again.path());
    assertEquals(LedgerEntry.REJECTED, again.status());
    assertEquals(FileHash.sha256(bomb), again.sha256());
    assertEquals(NOV_1, again.exportDate());
  }

  @Test
  void quarantinedCrmRowsKeepNoPersonalValueAndTwoOrganizationsRecord1001AreTwoLeads() throws Exception {
    String header = "Record ID,First Name,Last Name,Email,Phone Number,Lifecycle Stage,Original Source,Create Date\n";
    Files.writeString(day("lakeside-clinic", "crm").resolve("contacts.csv"), header
        + "1001,Jane,Doe,jane.doe@example.org,555-0199,lead,Social media,2026-10-03 14:22\n"
        + "1002,John,Roe,john.roe@example.org,555-0142,lead,Social media,31/31/2026\n", StandardCharsets.UTF_8);
    Files.writeString(day("northside", "crm").resolve("contacts.csv"), header
        + "1001,Ann,Poe,ann.poe@example.org,555-0111,customer,Organic search,2026-10-05 08:00\n", StandardCharsets.UTF_8);

    LandResult r = landing.land(NOV_1);

    assertEquals(1, r.rowsRejected());
    Row bad = landing.ops("rejected_rows").first();
    assertEquals("lakeside-clinic/crm/2026-11-01/contacts.csv", bad.getAs("path"));
    assertEquals("[personal],[personal],[personal],[personal],[personal],lead,Social media,31/31/2026", bad.getAs("raw_text"));
    assertEquals("unreadable timestamp \"31/31/2026\" in column created_at", bad.getAs("reason"));
    for (String table : List.of("landed_files", "rejected_rows", "runs")) {
      for (Row row : landing.ops(table).collectAsList()) {
        for (String personal : List.of("John", "Roe", "john.roe", "555-0142", "1002")) {
          assertFalse(row.toString().contains(personal), table + " keeps " + personal + ": " + row);
        }
      }
    }
    // HMAC-SHA256(key = the tests' salt from pom.xml, org_id + "\n" + "1001"), computed with Python's hmac module
    List<Row> leads = landing.bronze("crm_contacts").where("_org_id in ('lakeside-clinic', 'northside')").orderBy("_org_id")
        .select("_org_id", "record_id_hash").collectAsList();
    assertEquals(2, leads.size());
    assertEquals("9cf759f274328a6c8beac921119d7aff6a73e4e9ff5cb8e33c56e972dbea4ed1", leads.get(0).getString(1));
    assertEquals("5696b7368b838c594c6d2b07f7b2873ab97e262faf73a9459cc729bef35cb613", leads.get(1).getString(1));
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.MINUTES)
  void aNightWithHostileFilesPublishesEveryOtherFileAndTwoOrganizationsLead1001PassTheChecks() throws Exception {
    Files.writeString(landing.inbox.resolve("_reference/2026-11-01/organizations.csv"), "org_id,name,industry,segment,country,agency_id\n"
        + "riverside-health,Riverside Health,healthcare,health_system,US,northstar-agency\n"
        + "lakeside-clinic,Lakeside Clinic,healthcare,clinic,US,northstar-agency\n"
        + "northside,Northside Hospital,healthcare,hospital,US,northstar-agency\n");
    Path x = day("lakeside-clinic", "x");
    Files.write(x.resolve("bomb.csv.gz"), Bombs.gzipOfZeros(64L << 20));
    Files.write(day("lakeside-clinic", "linkedin").resolve("followers.xlsx"), Bombs.xlsxWithBomb(64L << 20));
    Files.createDirectories(landing.inbox.resolve("mallory"));
    Files.createSymbolicLink(landing.inbox.resolve("mallory/facebook"), landing.inbox.resolve("riverside-health/facebook"));
    assertEquals(0, new ProcessBuilder("mkfifo", day("lakeside-clinic", "tiktok").resolve("pipe.csv").toString()).start().waitFor());
    String header = "Record ID,Lifecycle Stage,Original Source,Original Source Drill-Down 1,Create Date,Became a Lead Date\n";
    Files.writeString(day("lakeside-clinic", "crm").resolve("contacts.csv"), header + "1001,lead,Social media,Facebook,2026-10-03 14:22,2026-10-03 14:22\n");
    Files.writeString(day("northside", "crm").resolve("contacts.csv"), header + "1001,lead,Social media,LinkedIn,2026-10-05 08:00,2026-10-05 08:00\n");

    new socialbench.pipeline.Nightly(wh.spark(), landing.settings, socialbench.pipeline.Nightly.standardSteps(),
        new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).run(NOV_1); // throws when a blocking check fails

    Row night = landing.ops("runs").where("job = 'nightly'").first();
    assertEquals("succeeded", night.getAs("status"));
    Row unique = landing.ops("quality_results").where("table_name = 'dw.fct_lead_funnel' and check_type = 'unique'").first();
    assertEquals("pass", unique.getAs("status"));
    assertEquals(4, landing.ops("landed_files").where("status = 'rejected'").count(), "bomb, xlsx bomb, link, FIFO");
    Path published = Path.of(Warehouse.of(landing.settings).tablePath("dw", "fct_lead_funnel")).resolve("_socialbench_published");
    assertTrue(Files.exists(published), "the night published dw.fct_lead_funnel");
    List<Row> leads = wh.spark().read().format("delta").load(Warehouse.of(landing.settings).tablePath("dw", "fct_lead_funnel"))
        .where("org_id in ('lakeside-clinic', 'northside')").orderBy("org_id").select("org_id", "lead_id_hash", "source_platform")
        .collectAsList();
    assertEquals(List.of(
        org.apache.spark.sql.RowFactory.create("lakeside-clinic", "9cf759f274328a6c8beac921119d7aff6a73e4e9ff5cb8e33c56e972dbea4ed1", "facebook"),
        org.apache.spark.sql.RowFactory.create("northside", "5696b7368b838c594c6d2b07f7b2873ab97e262faf73a9459cc729bef35cb613", "linkedin")),
        leads);
    assertEquals(5, wh.spark().read().format("delta").load(Warehouse.of(landing.settings).tablePath("dw", "fct_post"))
        .where("platform = 'x'").count(), "riverside-health's 5 tweets were modelled");
  }
}
