package socialbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import socialbench.generate.GenerateSpec;
import socialbench.generate.Generator;
import socialbench.runtime.SparkSessions;
import socialbench.testing.CliRun;
import socialbench.testing.SharedFixture;
import socialbench.testing.TestWarehouse;

/**
 * A real warehouse for the report, export and analyst-SQL tests: generated native exports of 8
 * organizations (seed 3; 4 of them clients of {@code northstar-agency}) landed, modelled, benched
 * (k = 3), checked and published by one {@code socialbench nightly --date 2026-10-01}, which benches
 * September and October 2026. It is built once per Maven run ({@link SharedFixture}: the night costs minutes
 * on 2 cores) and copied into each test class's own fresh warehouse directory.
 */
public final class NightlyWarehouse {
  public static final String NIGHT = "2026-10-01";
  public static final String K_OPTION = "-Dsocialbench.privacy.min-cohort-orgs=3";
  public static final String AGENCY = "northstar-agency";
  public static final List<String> AGENCY_CLIENTS =
      List.of("mountain-view-pharmaceuticals", "pinecrest-healthcare", "redwood-surgical", "unity-health");
  public static final String CLIENT = "unity-health";

  private static final SharedFixture FIXTURE = new SharedFixture("nightly-warehouse");

  private NightlyWarehouse() {}

  /** Fills the class's warehouse with the night's tables and returns a reader session on it (published versions). */
  public static SparkSession copyInto(TestWarehouse wh) {
    FIXTURE.copyInto(wh, NightlyWarehouse::build);
    return SparkSessions.startReader(wh.settings());
  }

  /** Command-line options for a subcommand on this warehouse with the night's k. */
  public static String[] options(TestWarehouse wh, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of(wh.cliOptions()));
    all.add(K_OPTION);
    return all.toArray(String[]::new);
  }

  private static void build(TestWarehouse wh) throws IOException {
    Path inbox = Files.createTempDirectory("socialbench-nightly-inbox-");
    new Generator(new GenerateSpec(inbox, 8, LocalDate.parse(NIGHT), 1, 3, 0.0), System.err).run();
    CliRun r = CliRun.of(options(wh, "nightly", "--date", NIGHT, "--inbox", inbox.toString()));
    assertEquals(0, r.exitCode(), r.err());
  }
}
