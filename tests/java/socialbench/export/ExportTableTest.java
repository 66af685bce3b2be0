package socialbench.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import socialbench.export.ExportTable.Kind;
import socialbench.runtime.ListedFiles;

class ExportTableTest {
  @Test
  void theListDeclaresTheTablesTheirKindsAndTheParametersTheirQueriesName() {
    assertEquals(List.of(
        new ExportTable("organizations", Kind.CLIENT, List.of("month_end")),
        new ExportTable("pages", Kind.CLIENT, List.of("month_end")),
        new ExportTable("posts", Kind.CLIENT, List.of("month_start", "month_end")),
        new ExportTable("conversion_daily", Kind.CLIENT, List.of("month_start", "month_end")),
        new ExportTable("page_month", Kind.CLIENT, List.of("month_start")),
        new ExportTable("page_rank", Kind.CLIENT, List.of("month_start", "k")),
        new ExportTable("post_objective_month", Kind.CLIENT, List.of("month_start", "k")),
        new ExportTable("audience_quality", Kind.CLIENT, List.of("month_start")),
        new ExportTable("cohort_month", Kind.COHORT, List.of("month_start", "k")),
        new ExportTable("best_time", Kind.COHORT, List.of("month_start", "k")),
        new ExportTable("topic_month", Kind.COHORT, List.of("month_start", "k")),
        new ExportTable("funnel_month", Kind.COHORT, List.of("month_start", "k"))), ExportTable.ALL);
  }

  @Test
  void aWrongEntryNamesTheListAndLine() {
    assertEquals("sql/export/exports.list:2: export/pages.sql needs one kind, client or cohort, got 'clients'",
        assertThrows(IllegalStateException.class, () -> ExportTable.load(List.of(
            new ListedFiles.Entry("sql/export/exports.list", 1, "export/organizations.sql", List.of("client")),
            new ListedFiles.Entry("sql/export/exports.list", 2, "export/pages.sql", List.of("clients"))))).getMessage());
    assertEquals("sql/export/exports.list:4: an entry names a file export/NAME.sql, got 'views/best_time_heatmap.sql'",
        assertThrows(IllegalStateException.class, () -> ExportTable.load(List.of(
            new ListedFiles.Entry("sql/export/exports.list", 4, "views/best_time_heatmap.sql", List.of("cohort"))))).getMessage());
    // clients.sql is not an export table: it names :agency_id
    assertEquals("sql/export/exports.list:7: export/clients.sql uses :agency_id; an export query may use :month_start, :month_end, :k",
        assertThrows(IllegalStateException.class, () -> ExportTable.load(List.of(
            new ListedFiles.Entry("sql/export/exports.list", 7, "export/clients.sql", List.of("client"))))).getMessage());
  }
}
