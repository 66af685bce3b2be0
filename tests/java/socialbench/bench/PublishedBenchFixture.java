package socialbench.bench;

import java.util.List;
import socialbench.runtime.Publication;
import socialbench.testing.CliRun;
import socialbench.testing.SharedFixture;
import socialbench.testing.TestWarehouse;

/**
 * A small published warehouse for tests of its readers: the seeded dw of {@link GeneratedDw} (12
 * organizations, 24 pages, March 2026), the real bench stage on it for 2026-03-31 (k = 3), and every dw
 * and bench table published at its current version.
 */
public final class PublishedBenchFixture {
  public static final int ORGS = 12;
  public static final String DATE = "2026-03-31";

  private PublishedBenchFixture() {}

  private static final SharedFixture FIXTURE = new SharedFixture("published-bench");

  /** Fills the class's warehouse with the fixture: built once per Maven run ({@link SharedFixture}), then copied. */
  public static void build(TestWarehouse wh) {
    FIXTURE.copyInto(wh, PublishedBenchFixture::buildInto);
  }

  private static void buildInto(TestWarehouse wh) {
    GeneratedDw.build(42, ORGS).writeTo(wh);
    String[] options = wh.cliOptions();
    String[] args = new String[options.length + 4];
    System.arraycopy(new String[] {"bench", "--date", DATE, "-Dsocialbench.privacy.min-cohort-orgs=3"}, 0, args, 0, 4);
    System.arraycopy(options, 0, args, 4, options.length);
    CliRun r = CliRun.of(args);
    if (r.exitCode() != 0) throw new AssertionError("bench failed: " + r.err());
    new Publication(wh.warehouse(), wh.spark().sparkContext().hadoopConfiguration()).publish(List.of("dw", "bench"));
  }
}
