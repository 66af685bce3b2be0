package socialbench.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void defaultsComeFromTheBundledConfFile() {
    Settings s = Settings.defaults();
    assertEquals("local[*]", s.master());
    assertEquals(5, s.config().getInt("socialbench.privacy.min-cohort-orgs"));
    assertEquals("8", s.sparkConf().get("spark.sql.shuffle.partitions"));
  }

  @Test
  void commandLineOverridesBeatTheConfFileWhichBeatsTheDefaults(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path conf = dir.resolve("site.conf");
    Files.writeString(conf, "socialbench.privacy.min-cohort-orgs = 7\nsocialbench.warehouse = \"/data/wh\"\n");
    Settings s = Settings.load(conf, Map.of("socialbench.warehouse", "/other", "spark.sql.shuffle.partitions", "3"));
    assertEquals(7, s.config().getInt("socialbench.privacy.min-cohort-orgs"));
    assertEquals("/other", s.warehouse());
    assertEquals("3", s.sparkConf().get("spark.sql.shuffle.partitions"));
  }

  @Test
  void aMissingConfFileIsAClearError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Settings.load(Path.of("/nope/x.conf"), Map.of()));
    assertEquals("configuration file not found: /nope/x.conf", e.getMessage());
  }

  @Test
  void warehouseUrisAreKeptAndLocalPathsMadeAbsolute() {
    assertEquals("s3a://bucket/wh", Warehouse.normalise("s3a://bucket/wh/"));
    assertEquals(Path.of("rel").toAbsolutePath().toString(), Warehouse.normalise("rel"));
  }
}
