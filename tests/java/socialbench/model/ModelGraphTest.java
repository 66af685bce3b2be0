package socialbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelGraphTest {
  private static final Set<String> RUNNER_PARAMS = Set.of("ds", "min_from");

  private static ModelFile view(String name, String query) {
    return ModelFile.parse(name + ".sql", "-- view: " + name + "\n" + query + "\n");
  }

  private static ModelFile table(String name, String query) {
    return ModelFile.parse(name + ".sql", "-- table: " + name + "\n-- column: x INT | X.\n" + query + "\n");
  }

  private static ModelFile params(String name, String query) {
    return ModelFile.parse(name + ".sql", "-- params: " + name + "\n" + query + "\n");
  }

  @Test
  void aModelWaitsForTheViewsItUses() {
    ModelGraph g = ModelGraph.of(List.of(
        view("stg_a", "select 1 as x"),
        view("stg_b", "select 2 as x"),
        table("dw.t", "select x from stg_b")), RUNNER_PARAMS);
    assertEquals(Set.of(1), g.dependsOn(2));
  }

  @Test
  void aModelWaitsForTheTablesItReadsDirectlyOrThroughAView() {
    ModelGraph g = ModelGraph.of(List.of(
        table("dw.t", "select 1 as x"),
        view("int_v", "select x from dw.t"),
        table("dw.u", "select x from int_v"),
        table("dw.w", "select x from dw.t")), RUNNER_PARAMS);
    assertEquals(Set.of(0, 1), g.dependsOn(2));
    assertEquals(Set.of(0), g.dependsOn(3));
  }

  /** A checkpointed view read dw.t when it ran; dw.u reads only the checkpoint, so it need not wait for dw.t's write. */
  @Test
  void aModelUsingACheckpointedViewDoesNotWaitForWritesOfTheTablesTheViewRead() {
    ModelGraph g = ModelGraph.of(List.of(
        ModelFile.parse("int_old.sql", "-- view: int_old\n-- materialize: checkpoint\nselect x from dw.t\n"),
        table("dw.t", "select x from int_old"),
        table("dw.u", "select x from int_old"),
        table("dw.w", "select x from int_old join dw.t using (x)")), RUNNER_PARAMS);
    assertEquals(Set.of(0), g.dependsOn(1));
    assertEquals(Set.of(0), g.dependsOn(2));
    assertEquals(Set.of(0, 1), g.dependsOn(3));
  }

  @Test
  void aTableWriteWaitsForEarlierModelsThatReadTheOldTable() {
    ModelGraph g = ModelGraph.of(List.of(
        view("int_old", "select x from dw.t"),
        table("dw.u", "select x from int_old"),
        table("dw.t", "select 1 as x")), RUNNER_PARAMS);
    assertEquals(Set.of(0, 1), g.dependsOn(2));
  }

  @Test
  void onlyModelsUsingParametersTheRunnerDoesNotBindWaitForParamsModels() {
    ModelGraph g = ModelGraph.of(List.of(
        params("window", "select date'2026-01-01' as window_start"),
        table("dw.t", "select 1 as x where :ds >= :min_from"),
        table("dw.u", "select 1 as x where :ds >= :window_start")), RUNNER_PARAMS);
    assertTrue(g.dependsOn(1).isEmpty());
    assertEquals(Set.of(0), g.dependsOn(2));
  }

  /** The shipped models' graph with the parameters the runner binds, and the models' names by index. */
  private record Shipped(ModelGraph g, List<String> names) {
    static Shipped load() {
      List<ModelFile> models = ModelManifest.load();
      Set<String> runner = Set.of("ds", "min_from", "calendar_start", "calendar_end", "ads_platform", "link_pattern", "label_pattern");
      return new Shipped(ModelGraph.of(models, runner), models.stream().map(ModelFile::name).toList());
    }

    Set<Integer> needsOf(String model) {
      return g.dependsOn(names.indexOf(model));
    }
  }

  @Test
  void independentBranchesOfTheShippedModelsDoNotWaitForEachOther() {
    Shipped shipped = Shipped.load();
    ModelGraph g = shipped.g();
    List<String> names = shipped.names();
    Set<Integer> web = g.dependsOn(names.indexOf("dw.fct_web_daily"));
    Set<Integer> post = g.dependsOn(names.indexOf("dw.fct_post"));
    assertFalse(web.contains(names.indexOf("dw.fct_post_daily")), g.describe());
    assertTrue(post.contains(names.indexOf("dw.fct_page_daily")), g.describe());
    // Both post facts come from one checkpointed window over the stored and the night's snapshots.
    assertEquals(Set.of(names.indexOf("int_post_removed"), names.indexOf("int_post_snapshot_marks")),
        shipped.needsOf("dw.fct_post_daily"), g.describe());
    assertTrue(post.contains(names.indexOf("dw.fct_post_snapshot")), g.describe());
  }

  /**
   * int_conversion_range compares the night's CRM contacts with their stored rows to find the days whose counts
   * change. The conversion fact is written first: a night stopped between the two writes leaves the funnel as
   * it was, so running the night again finds the same differences (written the other way round, the re-run
   * would find none and never recount those days).
   */
  @Test
  void theFunnelIsWrittenOnlyAfterTheConversionFactThatCountsItsChanges() {
    Shipped shipped = Shipped.load();
    Set<Integer> funnel = shipped.needsOf("dw.fct_lead_funnel");
    assertTrue(funnel.contains(shipped.names().indexOf("dw.fct_conversion_daily")), shipped.g().describe());
    assertTrue(funnel.contains(shipped.names().indexOf("int_lead_stored")), shipped.g().describe());
  }

  /** A staging or intermediate view that no later model reads is dead: e.g. a new platform's staging view left out of the union. */
  @Test
  void everyViewOfTheShippedModelsIsReadByALaterModel() {
    List<ModelFile> models = ModelManifest.load();
    ModelGraph g = ModelGraph.of(models, Set.of());
    List<String> unread = new java.util.ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      if (models.get(i).kind() != ModelFile.Kind.VIEW) continue;
      boolean read = false;
      for (int j = i + 1; j < models.size() && !read; j++) read = g.dependsOn(j).contains(i);
      if (!read) unread.add(models.get(i).path());
    }
    assertEquals(List.of(), unread, "views no model of sql/models.list reads");
  }
}
