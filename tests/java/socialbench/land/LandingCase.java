package socialbench.land;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import socialbench.runtime.Settings;
import socialbench.runtime.Warehouse;
import socialbench.testing.TestWarehouse;

/**
 * One land test's own case: a folder ({@code root}) holding a writable copy of the sample inbox and a
 * warehouse of its own, the settings that point at both, and landing a date and reading what it wrote.
 */
final class LandingCase {
  final TestWarehouse wh;
  final Path root;
  final Path inbox;
  final Settings settings;

  private LandingCase(TestWarehouse wh, Path root, Path inbox, Settings settings) {
    this.wh = wh;
    this.root = root;
    this.inbox = inbox;
    this.settings = settings;
  }

  static LandingCase of(TestWarehouse wh) throws IOException {
    Path root = Files.createTempDirectory(wh.dir(), "case-");
    Path inbox = Inboxes.copyOfSamples(root.resolve("inbox"));
    return new LandingCase(wh, root, inbox, wh.settings().with("socialbench.warehouse", root.resolve("warehouse").toString())
        .with("socialbench.inbox", inbox.toString()));
  }

  /** The same case with one more setting. */
  LandingCase with(String key, Object value) {
    return new LandingCase(wh, root, inbox, settings.with(key, value));
  }

  LandResult land(LocalDate date) {
    return new Lander(wh.spark(), settings, null).land(date);
  }

  Dataset<Row> bronze(String table) {
    return wh.spark().read().parquet(Warehouse.of(settings).tablePath("bronze", table));
  }

  Dataset<Row> ops(String table) {
    return wh.spark().read().format("delta").load(Warehouse.of(settings).tablePath("ops", table));
  }
}
