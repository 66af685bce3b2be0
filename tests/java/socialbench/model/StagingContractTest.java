package socialbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * Every staging view declares its columns (name, type, comment) and its query gives exactly those, on
 * bronze as the landing contract defines it (an empty night: every bronze view with its configured schema).
 */
@ExtendWith(SparkTestExtension.class)
class StagingContractTest {
  static List<ModelFile> staging;

  @BeforeAll
  static void emptyNight(TestWarehouse wh) {
    staging = ModelManifest.load().stream().filter(m -> m.name().startsWith("stg_")).toList();
    new BronzeSources(wh.spark(), wh.warehouse(), wh.settings().config()).register(new NightScope(LocalDate.parse("2026-03-02"), Map.of()));
  }

  @Test
  void everyStagingViewDeclaresItsColumnsAndGivesExactlyThem(TestWarehouse wh) {
    assertTrue(staging.size() >= 19, "staging views found: " + staging.size());
    List<String> undeclared = new ArrayList<>();
    for (ModelFile m : staging) {
      if (m.columns().isEmpty()) undeclared.add(m.path());
      SchemaConformer.checkView(m, wh.spark().sql(m.query()).schema());
    }
    assertEquals(List.of(), undeclared);
    ModelFile tweets = staging.stream().filter(m -> m.name().equals("stg_x__tweets")).findFirst().orElseThrow();
    assertEquals(24, tweets.columns().size());
  }

  @Test
  void aViewWhoseQueryGivesOtherColumnsFailsNamingTheFileAndTheColumn(TestWarehouse wh) {
    ModelFile m = ModelFile.parse("staging/stg_t__rows.sql", """
        -- view: stg_t__rows
        -- comment: a test view
        -- column: org_id STRING | Organization.
        -- column: impressions BIGINT | Impressions.
        -- column: reach BIGINT | Reach.
        select 'o' as org_id, 2L as reach, 1L as impressions
        """);
    IllegalStateException swapped = assertThrows(IllegalStateException.class,
        () -> SchemaConformer.checkView(m, wh.spark().sql(m.query()).schema()));
    assertEquals("staging/stg_t__rows.sql: column 2 is declared as impressions BIGINT but the query gives reach BIGINT", swapped.getMessage());

    IllegalStateException retyped = assertThrows(IllegalStateException.class,
        () -> SchemaConformer.checkView(m, wh.spark().sql("select 'o' as org_id, 1 as impressions, 2L as reach").schema()));
    assertEquals("staging/stg_t__rows.sql: column 2 is declared as impressions BIGINT but the query gives impressions INT", retyped.getMessage());

    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> SchemaConformer.checkView(m, wh.spark().sql("select 'o' as org_id, 1L as impressions").schema()));
    assertEquals("staging/stg_t__rows.sql: column 3 is declared as reach BIGINT but the query gives nothing", missing.getMessage());
  }
}
