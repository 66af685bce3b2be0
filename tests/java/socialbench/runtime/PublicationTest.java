package socialbench.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.quality.CheckStep;
import socialbench.testing.CliRun;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/** Write–audit–publish: readers see the last published version until a night passes its checks. */
@ExtendWith(SparkTestExtension.class)
class PublicationTest {

  private static String count(TestWarehouse wh, String table, String... extra) {
    String[] args = new String[] {"sql", "-e", "select count(*) as n from " + table, "--format", "csv", "--warehouse", wh.dir().toString()};
    String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    CliRun r = CliRun.of(all);
    assertEquals(0, r.exitCode(), r.err());
    return r.out();
  }

  @Test
  void readersSeeThePublishedVersionUntilTheNextPublish(TestWarehouse wh) {
    wh.spark().sql("create table dw.wap (n int) using delta location '" + wh.warehouse().tablePath("dw", "wap") + "'");
    wh.spark().sql("insert into dw.wap values (1)");
    Publication pub = new Publication(wh.warehouse(), wh.spark().sparkContext().hadoopConfiguration());
    assertTrue(pub.publish(List.of("dw")).contains("dw.wap"));

    wh.catalog().registerAll(); // back to a writer's view of the warehouse
    wh.spark().sql("insert into dw.wap values (2), (3)");

    assertEquals("n\n1\n", count(wh, "dw.wap"));
    assertEquals("n\n3\n", count(wh, "dw.wap", "--latest"));
    pub.publish(List.of("dw"));
    assertEquals("n\n3\n", count(wh, "dw.wap"));
  }

  @Test
  void aFailedBlockingCheckPublishesNothing(TestWarehouse wh) {
    wh.catalog().registerAll();
    wh.spark().sql("create table dw.audited (n int) using delta location '" + wh.warehouse().tablePath("dw", "audited") + "'");
    wh.spark().sql("insert into dw.audited values (1)");
    Publication pub = new Publication(wh.warehouse(), wh.spark().sparkContext().hadoopConfiguration());
    pub.publish(List.of("dw"));
    wh.spark().sql("insert into dw.audited values (-5)");

    TestWarehouse strict = wh.with("socialbench.quality.check-files", List.of("checks/non-negative-audited.conf"));
    CheckStep.BlockingCheckFailure e = assertThrows(CheckStep.BlockingCheckFailure.class,
        () -> new CheckStep(strict.spark(), strict.settings()).run(LocalDate.of(2026, 11, 1), "r1", System.err));
    assertEquals("1 blocking check(s) failed for 2026-11-01: dw.audited:non_negative:n; nothing was published", e.getMessage());
    assertEquals(1, pub.publishedVersion(wh.warehouse().tablePath("dw", "audited")).getAsLong());
    assertEquals("n\n1\n", count(wh, "dw.audited"));
    assertTrue(ConfigFactory.parseResources("checks/non-negative-audited.conf").hasPath("checks"));
  }
}
