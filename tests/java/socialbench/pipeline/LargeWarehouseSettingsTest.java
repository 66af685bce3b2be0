package socialbench.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.runtime.Settings;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * Each step runs with the large-warehouse Spark settings (code generation) from the configured number of
 * organizations in dw.dim_organization, and with the configured ones below it, chosen again every time: a
 * process that ran a large warehouse's night goes back for a small one.
 */
@ExtendWith(SparkTestExtension.class)
class LargeWarehouseSettingsTest {
  static final String WHOLE_STAGE = "spark.sql.codegen.wholeStage";
  static final String FACTORY = "spark.sql.codegen.factoryMode";
  private SparkSession spark;

  @Test
  void fromTheConfiguredNumberOfOrganizationsEachStepRunsWithCodeGenerationAndBelowItWithout(TestWarehouse wh)
      throws IOException {
    spark = wh.spark();
    Settings settings = wh.settings();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream progress = new PrintStream(out, true, StandardCharsets.UTF_8);

    // no dw.dim_organization yet (before the first model step): 0 organizations, the configured values
    assertEquals(0L, LargeWarehouseSettings.apply(spark, settings.with(LargeWarehouseSettings.ORGANIZATIONS, 1), progress));
    assertEquals("false", spark.conf().get(WHOLE_STAGE));
    assertEquals("NO_CODEGEN", spark.conf().get(FACTORY));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
    spark.range(3).selectExpr("concat('org_', id) as org_id")
        .write().format("delta").save(wh.warehouse().tablePath("dw.dim_organization"));

    assertEquals(3L, LargeWarehouseSettings.apply(spark, settings.with(LargeWarehouseSettings.ORGANIZATIONS, 3), progress));
    assertEquals("true", spark.conf().get(WHOLE_STAGE));
    assertEquals("FALLBACK", spark.conf().get(FACTORY));
    assertEquals("  3 organizations (>= 3): {spark.sql.codegen.factoryMode=FALLBACK, spark.sql.codegen.wholeStage=true}\n",
        out.toString(StandardCharsets.UTF_8));

    out.reset();
    assertEquals(3L, LargeWarehouseSettings.apply(spark, settings.with(LargeWarehouseSettings.ORGANIZATIONS, 4), progress));
    assertEquals("false", spark.conf().get(WHOLE_STAGE));
    assertEquals("NO_CODEGEN", spark.conf().get(FACTORY));
    assertEquals("", out.toString(StandardCharsets.UTF_8));

    // the shipped threshold: the sample-sized warehouse stays interpreted
    assertEquals(1000L, settings.config().getLong(LargeWarehouseSettings.ORGANIZATIONS));
    LargeWarehouseSettings.apply(spark, settings, progress);
    assertEquals("false", spark.conf().get(WHOLE_STAGE));

    // a table that cannot be read counts 0 organizations: the choice never fails a step
    Path log = Path.of(wh.warehouse().tablePath("dw.dim_organization").replaceFirst("^file:", ""), "_delta_log");
    try (Stream<Path> files = Files.list(log)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) Files.writeString(f, "not a commit\n");
    }
    assertEquals(0L, LargeWarehouseSettings.apply(spark, settings.with(LargeWarehouseSettings.ORGANIZATIONS, 1), progress));
    assertEquals("false", spark.conf().get(WHOLE_STAGE));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @AfterEach
  void backToTheConfiguredValues() {
    if (spark == null) return;
    spark.conf().set(WHOLE_STAGE, "false");
    spark.conf().set(FACTORY, "NO_CODEGEN");
  }
}
