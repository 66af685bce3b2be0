package socialbench.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ListedFilesTest {
  @Test
  void entriesKeepTheirLineAndWordsAndSkipCommentsAndBlankLines() {
    List<ListedFiles.Entry> entries = ListedFiles.parse("sql/x/x.list", "# comment\n\nx/a.sql client\n  x/b.sql\n",
        Set.of("x/a.sql", "x/b.sql")::contains);
    assertEquals(List.of(new ListedFiles.Entry("sql/x/x.list", 3, "x/a.sql", List.of("client")),
        new ListedFiles.Entry("sql/x/x.list", 4, "x/b.sql", List.of())), entries);
  }

  @Test
  void aMissingFileFailsNamingTheListAndLine() {
    assertEquals("sql/x/x.list:2: sql/x/nope.sql does not exist", assertThrows(IllegalStateException.class, () ->
        ListedFiles.parse("sql/x/x.list", "x/a.sql\nx/nope.sql\n", Set.of("x/a.sql")::contains)).getMessage());
    assertEquals("missing on the classpath: sql/views/missing.list", assertThrows(IllegalStateException.class, () ->
        ListedFiles.load("sql/views/missing.list")).getMessage());
  }

  @Test
  void theAnalystViewAndExportListsLoad() {
    assertEquals(3, ListedFiles.load("sql/views/views.list").size());
    assertEquals(12, ListedFiles.load("sql/export/exports.list").size());
  }
}
