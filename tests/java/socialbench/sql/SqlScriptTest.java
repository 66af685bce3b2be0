package socialbench.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

  @Test
  void splitsOnSemicolonsOutsideQuotesAndComments() {
    String text = "select 'a;b' as x; -- a comment; with a semicolon\nselect \"c;\" /* ; */ as y;\n\n";
    assertEquals(List.of("select 'a;b' as x", "select \"c;\"  as y"), SqlScript.split(text));
  }

  @Test
  void knowsWhenAStatementIsComplete() {
    assertTrue(SqlScript.isComplete("select 1;"));
    assertFalse(SqlScript.isComplete("select ';"));
    assertFalse(SqlScript.isComplete("select 1"));
  }

  @Test
  void quotesCsvFieldsThatNeedIt() {
    assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"", SqlShell.csvLine(new String[] {"a", "b,c", "say \"hi\"", "x\ny"}));
  }
}
