package socialbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.testing.CliRun;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

@ExtendWith(SparkTestExtension.class)
class SqlCommandTest {

  private static String[] args(TestWarehouse wh, String... rest) {
    String[] base = wh.cliOptions();
    String[] all = new String[rest.length + base.length + 1];
    all[0] = "sql";
    System.arraycopy(rest, 0, all, 1, rest.length);
    System.arraycopy(base, 0, all, 1 + rest.length, base.length);
    return all;
  }

  @Test
  void printsCsvWithAHeader(TestWarehouse wh) {
    CliRun r = CliRun.of(args(wh, "-e", "select 1 as x", "--format", "csv"));
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("x\n1\n", r.out());
  }

  @Test
  void anOperatorWithAdminSeesEveryWarehouseDatabase(TestWarehouse wh) {
    CliRun r = CliRun.of(args(wh, "-e", "show databases", "--format", "csv", "--admin"));
    assertEquals("namespace\nbench\nbronze\ndefault\ndw\nops\n", r.out());
  }

  @Test
  void withoutAdminADropIsRefusedWithTheReasonAndTheDatabaseStays(TestWarehouse wh) {
    CliRun r = CliRun.of(args(wh, "-e", "drop database dw cascade"));
    assertEquals(1, r.exitCode());
    assertEquals("socialbench sql: refused: statement DropNamespace; analysts may run queries only"
        + " (SELECT, WITH, SHOW, DESCRIBE, EXPLAIN, SET of display settings)\n", r.err());
    assertTrue(Files.isDirectory(wh.dir().resolve("dw.db")), "dw.db is still there");
    assertTrue(wh.spark().catalog().databaseExists("dw"));
  }

  @Test
  void withoutAdminAFileCannotBeReadByPath(TestWarehouse wh) throws Exception {
    Path f = Files.writeString(wh.dir().resolve("users-file-like.txt"), "alice:secret\n");
    CliRun r = CliRun.of(args(wh, "-e", "select * from text.`" + f + "`"));
    assertEquals(1, r.exitCode());
    assertEquals("socialbench sql: refused: reading files by path (file:" + f + "); analysts may run queries only"
        + " (SELECT, WITH, SHOW, DESCRIBE, EXPLAIN, SET of display settings)\n", r.err());
  }

  @Test
  void printsJsonLinesWithNulls(TestWarehouse wh) {
    CliRun r = CliRun.of(args(wh, "-e", "select 'a' as s, cast(null as int) as n, 2.5d as d", "--format", "json"));
    assertEquals("{\"s\":\"a\",\"d\":2.5}\n", r.out());
  }

  @Test
  void printsAnAlignedTableWithNullsAndARowCount(TestWarehouse wh) {
    CliRun r = CliRun.of(args(wh, "-e", "select * from values ('riverside', 12), ('x', null) as t(org, posts) order by org"));
    assertEquals("org       | posts\n----------+------\nriverside | 12\nx         | NULL\n(2 rows)\n", r.out());
  }

  @Test // creating and filling a table is an operator's work (--admin): analysts may only query
  void runsEveryStatementOfAFileAndBindsNamedParameters(TestWarehouse wh) throws Exception {
    Path f = Files.createTempFile(wh.dir(), "q", ".sql");
    Files.writeString(f, "create table dw.kv (k string, v int) using delta;\ninsert into dw.kv values ('a', 1), ('b', 2);\nselect v from dw.kv where k = :key;\n");
    CliRun r = CliRun.of(args(wh, "-f", f.toString(), "-p", "key=b", "--format", "csv", "--admin"));
    assertEquals(0, r.exitCode(), r.err());
    assertEquals("v\n2\n", r.out());
  }

  @Test
  void answersStatementsTypedAtThePrompt(TestWarehouse wh) throws Exception {
    java.io.InputStream old = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream("select 40 +\n 2 as answer;\nquit\n".getBytes()));
      CliRun r = CliRun.of(args(wh, "--format", "csv"));
      assertEquals("answer\n42\n", r.out());
    } finally {
      System.setIn(old);
    }
  }

  @Test
  void aBadQueryExitsOneWithAOneLineReason(TestWarehouse wh) {
    CliRun r = CliRun.of(args(wh, "-e", "select * from dw.no_such_table"));
    assertEquals(1, r.exitCode());
    assertTrue(r.err().startsWith("socialbench sql: [TABLE_OR_VIEW_NOT_FOUND]"), r.err());
    assertEquals(1, r.err().strip().lines().count(), r.err());
  }
}
