package socialbench.land;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.testing.CliRun;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/** The land subcommand as a user runs it, then its ledger through the sql subcommand. */
@ExtendWith(SparkTestExtension.class)
class LandCommandTest {

  @Test
  void landPrintsOneSummaryLineAndSqlShowsOneLedgerRowPerFile(TestWarehouse wh) {
    Path inbox = Inboxes.copyOfSamples(wh.dir().resolve("inbox"));
    String[] common = {"--inbox", inbox.toString(), "--warehouse", wh.dir().toString(), "--master", "local[2]"};
    CliRun land = CliRun.of(concat(new String[] {"land", "--date", "2026-11-01"}, common));
    assertEquals(0, land.exitCode(), land.err());
    assertEquals(1, land.out().lines().count(), land.out());
    assertTrue(
        land.out().startsWith("land 2026-11-01: 11 files (11 landed, 0 skipped_duplicate, 0 rejected), 91 rows landed, 0 rows rejected, 11 tables written, "),
        land.out());
    assertTrue(land.err().contains("land: 10/10 files, 91 rows"), land.err());

    CliRun sql = CliRun.of(concat(new String[] {"sql", "--admin", "--format", "csv", "-e",
        "select count(*), sum(rows_read), sum(rows_landed + rows_rejected), sum(rows_rejected) from ops.landed_files"}, common));
    assertEquals(0, sql.exitCode(), sql.err());
    assertTrue(sql.out().contains("11,91,91,0"), sql.out());

    CliRun bronze = CliRun.of(concat(new String[] {"sql", "--admin", "--format", "csv", "-e", "select sum(impressions) from bronze.x_tweet_activity"}, common));
    assertTrue(bronze.out().contains("14593"), bronze.out());
  }

  @Test
  void aDateThatIsNotADateIsAOneLineUserError(TestWarehouse wh) {
    CliRun run = CliRun.of("land", "--date", "2026-13-01", "--inbox", wh.dir().toString(), "--warehouse", wh.dir().toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("--date must be YYYY-MM-DD, got '2026-13-01'"), run.err());
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
