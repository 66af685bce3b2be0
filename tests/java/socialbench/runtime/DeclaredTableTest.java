package socialbench.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class DeclaredTableTest {
  @Test
  void theOpsTablesAreDeclaredWithTypesNullabilityAndComments() {
    DeclaredTable runs = DeclaredTable.load("sql/ops/runs.sql");
    assertEquals("ops.runs", runs.spec().name());
    assertEquals("One row per finished socialbench job run.", runs.spec().comment());
    assertEquals(new StructType()
        .add("run_id", DataTypes.StringType, false)
        .add("job", DataTypes.StringType, false)
        .add("logical_date", DataTypes.DateType, false)
        .add("status", DataTypes.StringType, false)
        .add("started_at", DataTypes.TimestampType, false)
        .add("finished_at", DataTypes.TimestampType, false)
        .add("rows_in", DataTypes.LongType, false)
        .add("rows_out", DataTypes.LongType, false)
        .add("message", DataTypes.StringType, true), runs.schema());
    assertEquals("Summary or the reason it failed.", runs.spec().columnComments().get("message"));
    assertEquals(List.of(), runs.spec().partitionBy());

    DeclaredTable results = DeclaredTable.load("sql/ops/quality_results.sql");
    assertEquals("ops.quality_results", results.spec().name());
    assertEquals(9, results.spec().columnComments().size());
    assertEquals(false, results.schema().apply("logical_date").nullable());
    assertEquals(true, results.schema().apply("run_id").nullable());
    assertEquals(DataTypes.LongType, results.schema().apply("failing_rows").dataType());
  }

  @Test
  void theLandingLedgerQuarantineAndChangedMonthsKeepTheSchemasTheyWereWrittenWith() {
    // the schemas OpsTables and ChangedMonths declared in Java before sql/ops (types and NOT NULL as there)
    assertEquals(StructType.fromDDL("run_id STRING NOT NULL, path STRING NOT NULL, sha256 STRING NOT NULL, "
        + "org_id STRING NOT NULL, platform STRING NOT NULL, export_date DATE NOT NULL, format STRING, series STRING, "
        + "rows_read BIGINT NOT NULL, rows_landed BIGINT NOT NULL, rows_rejected BIGINT NOT NULL, status STRING NOT NULL, "
        + "reason STRING, replaced_sha256 STRING"), DeclaredTable.load("sql/ops/landed_files.sql").schema());
    assertEquals(StructType.fromDDL("run_id STRING NOT NULL, path STRING NOT NULL, sha256 STRING NOT NULL, "
        + "row_number BIGINT NOT NULL, raw_text STRING, reason STRING NOT NULL"), DeclaredTable.load("sql/ops/rejected_rows.sql").schema());
    DeclaredTable changed = DeclaredTable.load("sql/ops/changed_months.sql");
    assertEquals(StructType.fromDDL("logical_date DATE NOT NULL, table_name STRING NOT NULL, month DATE NOT NULL"), changed.schema());
    assertEquals("Older months whose dw rows a night changed (late or corrected exports); bench recomputes them that night.",
        changed.spec().comment());
    assertEquals("First day of the changed month.", changed.spec().columnComments().get("month"));
    TableSpec ledger = DeclaredTable.load("sql/ops/landed_files.sql").spec();
    assertEquals("ops.landed_files", ledger.name());
    assertEquals("One row per inbox file (zip member, sheet) per land run that landed or rejected anything; rows_read = rows_landed + rows_rejected.", ledger.comment());
    assertEquals("File path relative to the inbox; zip!member or workbook!sheet for members.", ledger.columnComments().get("path"));
    assertEquals(14, ledger.columnComments().size());
  }

  @Test
  void aMistakeNamesTheFileAndLine() {
    assertEquals("sql/ops/x.sql:3: unknown type 'NUMBERZ'", assertThrows(IllegalArgumentException.class, () ->
        DeclaredTable.parse("sql/ops/x.sql", "-- table: ops.x\n-- comment: X.\n-- column: a NUMBERZ | A.\n")).getMessage());
    assertEquals("sql/ops/x.sql:2: unknown header 'key' (table, comment, column)", assertThrows(IllegalArgumentException.class, () ->
        DeclaredTable.parse("sql/ops/x.sql", "-- table: ops.x\n-- key: a\n")).getMessage());
    assertEquals("sql/ops/x.sql:3: a declared table has a header only", assertThrows(IllegalArgumentException.class, () ->
        DeclaredTable.parse("sql/ops/x.sql", "-- table: ops.x\n-- comment: X.\nselect 1\n")).getMessage());
    assertEquals("missing on the classpath: sql/ops/missing.sql", assertThrows(IllegalStateException.class, () ->
        DeclaredTable.load("sql/ops/missing.sql")).getMessage());
  }
}
