package socialbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import socialbench.testing.CliRun;

class ModelFileTest {

  @Test
  void readsATableModelsHeaderAndQuery() {
    ModelFile m = ModelFile.parse("marts/x.sql", """
        -- table: dw.fct_x
        -- comment: One row per x.
        -- comment: Second line.
        -- write: slice date from scope_orgs
        -- partition: date
        -- column: org_id STRING | Organization.
        -- column: date DATE | Day.
        select org_id, date from int_y
        where date >= :ds
        """);
    assertEquals(ModelFile.Kind.TABLE, m.kind());
    assertEquals("dw.fct_x", m.name());
    assertEquals("One row per x. Second line.", m.comment());
    assertEquals(new ModelFile.WriteMode(ModelFile.Write.SLICE, List.of(), "date", "scope_orgs"), m.write());
    assertEquals(List.of("date"), m.partitionBy());
    assertEquals(List.of(new ModelFile.Column("org_id", "STRING", "Organization."), new ModelFile.Column("date", "DATE", "Day.")), m.columns());
    assertEquals("select org_id, date from int_y\nwhere date >= :ds", m.query());
  }

  @Test
  void aSliceColumnIsADeclaredColumn() {
    assertEquals("m.sql: 'slice day' is not a declared column",
        refusal("m.sql", "-- table: dw.t\n-- write: slice day from r\n-- column: org_id STRING | O.\n-- column: date DATE | D.\nselect 1 as a"));
  }

  @Test
  void readsMergeKeys() {
    ModelFile m = ModelFile.parse("m.sql",
        "-- table: dw.t\n-- write: merge platform, post_id\n-- column: platform STRING | P.\n-- column: post_id STRING | I.\nselect 1 as a");
    assertEquals(List.of("platform", "post_id"), m.write().keys());
    assertEquals(List.of("platform", "post_id"), m.key());
  }

  @Test
  void readsAMergeWithinSlicesOfADateColumn() {
    String cols = "-- column: org_id STRING | O.\n-- column: post_id STRING | I.\n-- column: published_date DATE | D.\nselect 1 as a";
    ModelFile m = ModelFile.parse("m.sql", "-- table: dw.t\n-- write: merge org_id, post_id within published_date\n" + cols);
    assertEquals(new ModelFile.WriteMode(ModelFile.Write.MERGE, List.of("org_id", "post_id"), "published_date", null), m.write());
    assertEquals(List.of("org_id", "post_id"), m.key());
    ModelFile byKey = ModelFile.parse("m.sql", "-- table: dw.t\n-- key: org_id, post_id\n-- write: merge within published_date\n" + cols);
    assertEquals(new ModelFile.WriteMode(ModelFile.Write.MERGE, List.of("org_id", "post_id"), "published_date", null), byKey.write());
    assertEquals("m.sql: 'within day' is not a declared column",
        refusal("m.sql", "-- table: dw.t\n-- write: merge org_id, post_id within day\n" + cols));
    // one slice for every organization: no org_id needed
    ModelFile noOrg = ModelFile.parse("m.sql",
        "-- table: dw.t\n-- write: merge post_id within d\n-- column: post_id STRING | I.\n-- column: d DATE | D.\nselect 1 as a");
    assertEquals(new ModelFile.WriteMode(ModelFile.Write.MERGE, List.of("post_id"), "d", null), noOrg.write());
    ModelFile replacing = ModelFile.parse("m.sql",
        "-- table: dw.t\n-- write: merge org_id, post_id within published_date replacing int_t_stored\n" + cols);
    assertEquals(new ModelFile.WriteMode(ModelFile.Write.MERGE, List.of("org_id", "post_id"), "published_date", "int_t_stored"),
        replacing.write());
    // the writer reads the view, so the table waits for it although its query does not name it
    ModelFile stored = ModelFile.parse("v.sql", "-- view: int_t_stored\nselect 1 as a");
    assertEquals(java.util.Set.of(0), ModelGraph.of(List.of(stored, replacing), java.util.Set.of()).dependsOn(1));
  }

  @Test
  void rejectsATableWithoutDeclaredColumns() {
    assertEquals("marts/t.sql: a table model declares its columns",
        refusal("marts/t.sql", "-- table: dw.t\nselect 1 as a"));
  }

  @Test
  void rejectsAnUnknownWriteMode() {
    assertEquals("t.sql: write must be 'overwrite', 'merge', 'merge k1, k2', 'merge k1, k2 within COLUMN [replacing VIEW]' or 'slice COLUMN from VIEW'; got 'upsert'",
        refusal("t.sql", "-- table: dw.t\n-- write: upsert\n-- column: a INT | A.\nselect 1 as a"));
  }

  @Test
  void rejectsAnUnknownWhenNamingTheFileAndTheAllowedValues() {
    assertEquals("marts/t.sql: when must be one of always, reference, empty; got 'weekly'",
        refusal("marts/t.sql", "-- table: dw.t\n-- when: weekly\n-- key: a\n-- column: a INT | A.\nselect 1 as a"));
    assertEquals(ModelFile.When.REFERENCE,
        ModelFile.parse("t.sql", "-- table: dw.t\n-- when: reference\n-- key: a\n-- column: a INT | A.\nselect 1 as a").when());
  }

  @Test
  void aMergeIsByTheKeyAndAMergeNamingAnotherKeyIsRefused() {
    ModelFile m = ModelFile.parse("t.sql", "-- table: dw.t\n-- key: a, b\n-- write: merge\n-- column: a INT | A.\n-- column: b INT | B.\nselect 1 as a, 2 as b");
    assertEquals(ModelFile.Write.MERGE, m.write().how());
    assertEquals(List.of("a", "b"), m.write().keys());
    assertEquals(List.of("a", "b"), m.key());
    ModelFile old = ModelFile.parse("t.sql", "-- table: dw.t\n-- write: merge b, a\n-- column: a INT | A.\n-- column: b INT | B.\nselect 1 as a, 2 as b");
    assertEquals(List.of("b", "a"), old.key());
    assertEquals("t.sql: 'write: merge a, b' names another key than '-- key: a'",
        refusal("t.sql", "-- table: dw.t\n-- key: a\n-- write: merge a, b\n-- column: a INT | A.\n-- column: b INT | B.\nselect 1 as a, 2 as b"));
    assertEquals("t.sql: 'write: merge' needs the key: '-- key: k1, k2' or 'write: merge k1, k2'",
        refusal("t.sql", "-- table: dw.t\n-- write: merge\n-- column: a INT | A.\nselect 1 as a"));
    assertEquals("t.sql: key column id is not a declared column",
        refusal("t.sql", "-- table: dw.t\n-- key: id\n-- column: a INT | A.\nselect 1 as a"));
  }

  @Test
  void loadsTheShippedModelsInAnOrderWhereEveryViewIsDefinedBeforeUse() {
    List<ModelFile> models = ModelManifest.load();
    assertEquals(52, models.size());
    assertEquals(13, models.stream().filter(m -> m.kind() == ModelFile.Kind.TABLE).count());
    assertEquals(List.of("dw.fct_post_snapshot", "dw.fct_post_daily", "dw.dim_post", "dw.fct_post"),
        models.stream().filter(m -> m.removes() != null).map(ModelFile::name).toList());
  }

  @Test
  void aRemovesHeaderNamesTheKeysAndTheView() {
    ModelFile m = ModelFile.parse("m.sql",
        "-- table: dw.t\n-- write: merge org_id, post_id\n-- removes: org_id, post_id in int_gone\n"
            + "-- column: org_id STRING | O.\n-- column: post_id STRING | P.\nselect 'o' as org_id, 'p' as post_id");
    assertEquals(new ModelFile.Removal(List.of("org_id", "post_id"), "int_gone"), m.removes());
    assertEquals("t.sql: removes must read 'k1, k2 in VIEW': int_gone",
        refusal("t.sql", "-- table: dw.t\n-- removes: int_gone\n-- column: a INT | A.\nselect 1 as a"));
  }

  @Test
  void aStatsHeaderNamesDeclaredNonPartitionColumnsOfATable() {
    ModelFile m = ModelFile.parse("m.sql",
        "-- table: dw.t\n-- partition: day\n-- stats: org_id, post_id\n-- column: org_id STRING | O.\n-- column: post_id STRING | P.\n"
            + "-- column: day DATE | D.\nselect 'o' as org_id, 'p' as post_id, date'2026-11-01' as day");
    assertEquals(List.of("org_id", "post_id"), m.stats());
    assertEquals(List.of("org_id", "post_id"), m.tableSpec().statsColumns());
    assertEquals(List.of(), ModelFile.parse("m.sql", "-- table: dw.t\n-- column: a INT | A.\nselect 1 as a").tableSpec().statsColumns());
    assertEquals("t.sql: stats column b is not a declared column",
        refusal("t.sql", "-- table: dw.t\n-- stats: b\n-- column: a INT | A.\nselect 1 as a"));
    assertEquals("t.sql: stats column a is a partition column (Delta prunes those by directory)",
        refusal("t.sql", "-- table: dw.t\n-- partition: a\n-- stats: a\n-- column: a INT | A.\nselect 1 as a"));
    assertEquals("t.sql: only a table model has statistics columns",
        refusal("t.sql", "-- view: v\n-- stats: a\nselect 1 as a"));
  }

  @Test
  void modelCommandRejectsADateThatIsNotADay() {
    CliRun run = CliRun.of("model", "--date", "2026-13-01");
    assertEquals(1, run.exitCode());
    assertEquals("socialbench model: --date must be YYYY-MM-DD, got '2026-13-01'", run.err().strip());
  }

  /** The one-line message ModelFile.parse refuses the file with. */
  private static String refusal(String path, String text) {
    return assertThrows(IllegalArgumentException.class, () -> ModelFile.parse(path, text)).getMessage();
  }
}
