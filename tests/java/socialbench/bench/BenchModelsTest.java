package socialbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import socialbench.model.ModelFile;

/** The bench model list: headers, the order derived from the SQL's references, the stage's dw inputs, the rank. */
class BenchModelsTest {
  private static Set<String> waitsFor(String name) {
    List<String> names = new ArrayList<>();
    for (ModelFile m : BenchStage.MODELS) names.add(m.name());
    Set<String> out = new TreeSet<>();
    for (int j : BenchStage.GRAPH.dependsOn(names.indexOf(name))) out.add(names.get(j));
    return out;
  }

  @Test
  void everyBenchTableIsListedWithItsColumnsAndIsWrittenBySliceOfMonth() {
    assertEquals(List.of("bench.page_month", "bench.cohort_month", "bench.page_rank", "bench.post_objective_month",
        "bench.audience_quality", "bench.best_time", "bench.topic_month", "bench.funnel_month"), BenchStage.tables());
    for (ModelFile m : BenchStage.MODELS) {
      if (m.kind() != ModelFile.Kind.TABLE) continue;
      assertEquals(List.of("month"), m.partitionBy(), m.path());
      assertEquals(ModelFile.Write.SLICE, m.write().how(), m.path());
      assertEquals("month", m.write().sliceColumn(), m.path());
    }
  }

  @Test
  void eachModelWaitsForTheViewsAndBenchTablesItsSqlNames() {
    assertEquals(Set.of(), waitsFor("int_bench_org_conversions"));
    assertEquals(Set.of("int_bench_org_conversions"), waitsFor("bench.page_month"));
    assertEquals(Set.of("bench.page_month"), waitsFor("int_bench_page_kpi"));
    assertEquals(Set.of("bench.page_month"), waitsFor("int_bench_page_cohort"));
    assertEquals(Set.of("bench.page_month", "int_bench_page_kpi", "int_bench_page_cohort"), waitsFor("int_bench_page_kpi_cohort"));
    assertEquals(Set.of("int_bench_page_cohort"), waitsFor("int_bench_post_cohort"));
    assertEquals(Set.of("int_bench_page_kpi_cohort"), waitsFor("bench.cohort_month"));
    assertEquals(Set.of("int_bench_page_kpi_cohort", "bench.cohort_month"), waitsFor("bench.page_rank"));
    assertEquals(Set.of("int_bench_post_cohort"), waitsFor("bench.best_time"));
    assertEquals(Set.of("int_bench_post_cohort"), waitsFor("bench.topic_month"));
    assertEquals(Set.of("int_bench_org_conversions"), waitsFor("bench.funnel_month"));
  }

  @Test
  void theStageNeedsTheDwTablesItsModelsName() {
    assertEquals(Set.of("dw.fct_post", "dw.dim_platform", "dw.fct_page_daily", "dw.dim_page", "dw.dim_organization",
        "dw.fct_conversion_daily", "dw.dim_post"), Set.copyOf(BenchStage.inputs()));
  }

  @Test
  void leaveOneOutRankAndQuartile() {
    // cohort 1 2 2 3 4 (own organization: the 3): without it 1 2 2 4, the 3 has 3 below, none equal → 75
    assertEquals(75.0, PeerRank.leaveOneOut(3, 1, 5, 0, 1, 1));
    // a 2 among 1 2 2 3 4, own organization holds that 2 only: 1 below, one other 2 equal → 100 × 1.5 / 4
    assertEquals(37.5, PeerRank.leaveOneOut(1, 2, 5, 0, 1, 1));
    assertNull(PeerRank.leaveOneOut(0, 2, 2, 0, 2, 2));
    assertEquals(1, PeerRank.quartile(24.99));
    assertEquals(2, PeerRank.quartile(25.0));
    assertEquals(3, PeerRank.quartile(50.0));
    assertEquals(4, PeerRank.quartile(75.0));
    assertNull(PeerRank.quartile(null));
  }
}
