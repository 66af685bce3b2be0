package socialbench.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import socialbench.report.NightlyWarehouse;
import socialbench.testing.CliRun;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/** {@code socialbench export} for northstar-agency (4 of the 8 organizations), October 2026, on a real night. */
@ExtendWith(SparkTestExtension.class)
class AgencyExportTest {
  @TempDir static Path dir;
  private static SparkSession spark;
  private static CliRun run;
  private static Path out;

  @BeforeAll
  static void exportTheAgency(TestWarehouse wh) {
    spark = NightlyWarehouse.copyInto(wh);
    out = dir.resolve("northstar");
    run = CliRun.of(NightlyWarehouse.options(wh, "export", "--agency", NightlyWarehouse.AGENCY, "--month", "2026-10",
        "--out", out.toString()));
  }

  private static Dataset<Row> table(String name) {
    return spark.read().parquet(out.resolve(name).toString());
  }

  private static long count(String sql) {
    return spark.sql(sql).first().getLong(0);
  }

  @Test
  void writesOneParquetTablePerExportTableAndAManifestWithTheirRowCounts() throws Exception {
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("export northstar-agency 2026-10: 4 organizations -> " + out + "\n"), run.out());
    String manifest = Files.readString(out.resolve("manifest.json"), StandardCharsets.UTF_8);
    assertTrue(manifest.contains("\"organizations\": [\"mountain-view-pharmaceuticals\", \"pinecrest-healthcare\", "
        + "\"redwood-surgical\", \"unity-health\"]"), manifest);
    for (ExportTable t : ExportTable.ALL) {
      long rows = table(t.name()).count();
      assertTrue(manifest.contains("{\"name\": \"" + t.name() + "\", \"path\": \"" + t.name() + "/\", \"kind\": \""
          + t.kind().name().toLowerCase() + "\", \"rows\": " + rows + "}"), t.name() + " in " + manifest);
    }
  }

  @Test
  void containsNoOtherOrganizationsIds() {
    Set<String> seen = new HashSet<>();
    for (ExportTable t : ExportTable.ALL) {
      Dataset<Row> d = table(t.name());
      if (Arrays.asList(d.columns()).contains("org_id")) {
        assertEquals(ExportTable.Kind.CLIENT, t.kind(), t.name());
        for (Row r : d.select("org_id").distinct().collectAsList()) seen.add(r.getString(0));
      }
    }
    assertEquals(new HashSet<>(NightlyWarehouse.AGENCY_CLIENTS), seen);
  }

  @Test
  void hasEveryPageMonthRowOfTheClientsAndNoneOfTheOthers() {
    String clients = "('" + String.join("','", NightlyWarehouse.AGENCY_CLIENTS) + "')";
    assertEquals(count("select count(*) from bench.page_month where month = date'2026-10-01' and org_id in " + clients),
        table("page_month").count());
    assertEquals(count("select count(*) from bench.page_rank where month = date'2026-10-01' and org_id in " + clients),
        table("page_rank").count());
    assertTrue(table("page_month").count() > 10);
  }

  /** The agency's clients that could sit in a cohort: a page on its platform, the same industry and segment. */
  private static long clientsIn(List<Row> clientPages, Row cohort) {
    int level = cohort.<Integer>getAs("fallback_level");
    return clientPages.stream()
        .filter(c -> c.getString(3).equals(cohort.getAs("platform")))
        .filter(c -> level > 2 || java.util.Objects.equals(c.getString(1), cohort.getAs("industry")))
        .filter(c -> level > 1 || java.util.Objects.equals(c.getString(2), cohort.getAs("segment")))
        .map(c -> c.getString(0)).distinct().count();
  }

  @Test
  void carriesOnlyPublishedCohortStatisticsWithKOrganizationsOutsideTheAgency() {
    String clients = "('" + String.join("','", NightlyWarehouse.AGENCY_CLIENTS) + "')";
    List<Row> clientPages = spark.sql("select distinct o.org_id, o.industry, o.segment, p.platform from dw.dim_organization o"
        + " join dw.dim_page p on p.org_id = o.org_id where o.org_id in " + clients).collectAsList();
    long withheldForTheAgency = 0;
    for (String t : List.of("cohort_month", "best_time", "topic_month", "funnel_month")) {
      assertEquals(0L, table(t).where("suppressed").count(), t);
      for (Row r : table(t).collectAsList()) {
        assertTrue(r.<Long>getAs("n_orgs") - clientsIn(clientPages, r) >= 3, t + " " + r);
      }
      long outside = 0, published = 0;
      for (Row r : spark.sql("select * from bench." + t + " where month = date'2026-10-01' and not suppressed").collectAsList()) {
        published++;
        if (r.<Long>getAs("n_orgs") - clientsIn(clientPages, r) >= 3) outside++;
      }
      assertEquals(outside, table(t).count(), t);
      withheldForTheAgency += published - outside;
    }
    assertTrue(withheldForTheAgency > 0, "the agency holds enough of some published cohort to lose it");
    assertTrue(count("select count(*) from bench.cohort_month where month = date'2026-10-01' and suppressed") > 0,
        "the night has suppressed cohorts to leave out");
  }

  @Test
  void leavesNoTemporaryDirectoryAndReplacesAnEarlierExtract(TestWarehouse wh) throws Exception {
    Files.writeString(out.resolve("stale.txt"), "from an earlier extract");
    CliRun again = CliRun.of(NightlyWarehouse.options(wh, "export", "--agency", NightlyWarehouse.AGENCY, "--month", "2026-10",
        "--out", out.toString()));
    assertEquals(0, again.exitCode(), again.err());
    assertFalse(Files.exists(out.resolve("stale.txt")));
    try (var s = Files.list(dir)) {
      assertEquals(List.of(), s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".northstar")).toList());
    }
  }

  @Test
  void refusesADirectoryThatIsNotAnExtract(TestWarehouse wh) throws Exception {
    Path other = Files.createDirectories(dir.resolve("occupied"));
    Files.writeString(other.resolve("keep.txt"), "mine");
    CliRun r = CliRun.of(NightlyWarehouse.options(wh, "export", "--agency", NightlyWarehouse.AGENCY, "--month", "2026-10",
        "--out", other.toString()));
    assertEquals(1, r.exitCode());
    assertEquals("socialbench export: " + other.toAbsolutePath().normalize()
        + " exists and is not an earlier extract (no manifest.json); choose another --out\n", r.err());
    assertEquals("mine", Files.readString(other.resolve("keep.txt")));
  }

  @Test
  void anUnknownAgencyIsAOneLineError(TestWarehouse wh) {
    CliRun r = CliRun.of(NightlyWarehouse.options(wh, "export", "--agency", "nobody-agency", "--month", "2026-10",
        "--out", dir.resolve("nobody").toString()));
    assertEquals(1, r.exitCode());
    assertEquals("socialbench export: unknown agency 'nobody-agency': no organization in dw.dim_organization has that agency_id\n", r.err());
    assertFalse(Files.exists(dir.resolve("nobody")));
  }
}
