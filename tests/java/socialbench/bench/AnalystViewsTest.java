package socialbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import socialbench.runtime.ListedFiles;

class AnalystViewsTest {
  @Test
  void theListNamesTheViewsInOrder() {
    assertEquals(List.of("client_vs_industry", "audience_quality_overview", "best_time_heatmap"), AnalystViews.VIEWS);
  }

  @Test
  void aWrongEntryNamesTheListAndLine() {
    assertEquals("sql/views/views.list:5: an entry is one file views/NAME.sql, got 'views/best_time_heatmap.sql cohort'",
        assertThrows(IllegalStateException.class, () -> AnalystViews.names(List.of(
            new ListedFiles.Entry("sql/views/views.list", 5, "views/best_time_heatmap.sql", List.of("cohort"))))).getMessage());
    assertEquals("sql/views/views.list:2: an entry is one file views/NAME.sql, got 'queries/best_time_to_post.sql'",
        assertThrows(IllegalStateException.class, () -> AnalystViews.names(List.of(
            new ListedFiles.Entry("sql/views/views.list", 2, "queries/best_time_to_post.sql", List.of())))).getMessage());
  }
}
