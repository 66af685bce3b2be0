package socialbench.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import socialbench.runtime.CatalogReset;

/**
 * The night of 2026-11-01 of the sample inbox ({@code tests/fixtures/land/inbox}) run by {@code nightly} in one
 * process ({@code local[2]} with the test session's partitions, in a test JVM): the reference that the tests of
 * other ways to run the night compare with (Airflow's four steps in NightlyDagCases, a standalone cluster in
 * StandaloneClusterNightIT). Built once per Maven run ({@link SharedFixture}).
 */
public final class SampleNight {
  public static final String NIGHT = "2026-11-01";
  private static final SharedFixture FIXTURE = new SharedFixture("sample-night");

  private SampleNight() {}

  /** Fills {@code wh.dir()} with the night's warehouse; {@code inbox} is a copy of the sample inbox. */
  public static void copyInto(TestWarehouse wh, Path inbox) {
    FIXTURE.copyInto(wh, w -> {
      // The test JVM's one session first forgets the tables of the warehouses it read before (a process starts empty).
      CatalogReset.forgetAll(w.spark(), Files.createTempDirectory("socialbench-forgotten-"));
      // The test session's partitions (TestWarehouse.cliOptions): the rows are the same with conf/socialbench.conf's.
      List<String> args = new ArrayList<>(List.of("nightly", "--date", NIGHT, "--inbox", inbox.toString()));
      args.addAll(List.of(w.cliOptions()));
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertEquals(0, r.exitCode(), r.err());
    });
  }
}
