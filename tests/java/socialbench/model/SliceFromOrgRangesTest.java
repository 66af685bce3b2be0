package socialbench.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.runtime.TableWriter;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * {@code write: slice COLUMN from VIEW} (dw.fct_page_daily, dw.fct_conversion_daily, …): each organization's
 * rows from its own first day are replaced, every other row stays, and the rows Delta copies out of replaced
 * files are not replaced again the next night.
 */
@ExtendWith(SparkTestExtension.class)
class SliceFromOrgRangesTest {
  private static final ModelFile DAILY = ModelFile.parse("marts/t_daily.sql", """
      -- table: dw.t_daily
      -- write: slice date from t_daily_range
      -- column: org_id STRING | Organization.
      -- column: date DATE | Day.
      -- column: v BIGINT | A figure.
      select 1 as v
      """);

  private static Dataset<Row> rows(SparkSession spark, String values) {
    return spark.sql("select org_id, cast(d as date) as date, cast(v as bigint) as v from values " + values + " as t(org_id, d, v)");
  }

  private static void ranges(SparkSession spark, String values) {
    spark.sql("select org_id, cast(d as date) as from_date from values " + values + " as t(org_id, d)").createOrReplaceTempView("t_daily_range");
  }

  /** ('o1', '2026-03-05', v) for each day of March from first to last. */
  private static String days(String org, int first, int last, int v) {
    StringBuilder sb = new StringBuilder();
    for (int d = first; d <= last; d++) {
      if (sb.length() > 0) sb.append(", ");
      sb.append(String.format("('%s', '2026-03-%02d', %d)", org, d, v));
    }
    return sb.toString();
  }

  /** The file each (organization, day of March) row is read from. */
  private static String fileOf(SparkSession spark, String org, int day) {
    return spark.sql(String.format("select input_file_name() from dw.t_daily where org_id = '%s' and date = DATE'2026-03-%02d'", org, day))
        .first().getString(0);
  }

  private static LocalDate write(SparkSession spark, TableWriter writer, Dataset<Row> rows, ChangedMonths changed) {
    // as ModelRunner hands it over: a lazy local checkpoint that its count computed
    Dataset<Row> night = rows.localCheckpoint(false);
    return new SliceFromOrgRanges(spark).write(DAILY, night, night.count(), writer, changed);
  }

  @Test
  void eachOrganizationIsReplacedFromItsOwnDayAndCopiedRowsAreNotReplacedAgain(TestWarehouse wh) {
    SparkSession spark = wh.spark();
    TableWriter writer = TableWriter.of(spark, wh.settings());
    // o1, o2 and o3's 1st to 10th in one file, and o1's row without a day.
    writer.overwrite(DAILY.tableSpec(), rows(spark, days("o1", 1, 10, 1) + ", " + days("o2", 1, 10, 1) + ", "
        + days("o3", 1, 10, 1) + ", ('o1', null, 1)").coalesce(1));
    ChangedMonths changed = new ChangedMonths(spark, writer, LocalDate.parse("2026-03-12"));
    // Tonight o1 reaches back to the 3rd, o2 to the 6th; o3 has no range (nothing of it tonight). A reference
    // export of the 1st landed too: the reference folder is no organization and widens no slice.
    ranges(spark, "('o1', '2026-03-03'), ('o2', '2026-03-06'), ('_reference', '2026-03-01')");
    assertEquals(LocalDate.parse("2026-03-03"), write(spark, writer, rows(spark, days("o1", 3, 10, 2) + ", " + days("o2", 6, 10, 2)), changed));
    // o2's 3rd to 5th and o3's days were not in tonight's rows: they are kept as they were.
    assertRows(spark.sql("select org_id, v, count(*), cast(min(date) as string), cast(max(date) as string) from dw.t_daily group by org_id, v"),
        row("o1", 1, 3, "2026-03-01", "2026-03-02"), row("o1", 2, 8, "2026-03-03", "2026-03-10"),
        row("o2", 1, 5, "2026-03-01", "2026-03-05"), row("o2", 2, 5, "2026-03-06", "2026-03-10"),
        row("o3", 1, 10, "2026-03-01", "2026-03-10"));
    // The 1st and 2nd were copied out of the replaced file into a file of their own (with the row without a day).
    String copied = fileOf(spark, "o1", 1);
    assertEquals(List.of(copied, copied, copied), List.of(fileOf(spark, "o2", 2), fileOf(spark, "o3", 1), fileOf(spark, "o3", 2)));
    assertEquals(7, spark.sql("select * from dw.t_daily where input_file_name() = '" + copied + "'").count());

    // The next night o1 starts on the 4th and o2 on the 7th: the copied file lies before both and stays.
    ranges(spark, "('o1', '2026-03-04'), ('o2', '2026-03-07')");
    write(spark, writer, rows(spark, days("o1", 4, 11, 3) + ", " + days("o2", 7, 11, 3)), changed);
    assertEquals(copied, fileOf(spark, "o1", 1));
    assertEquals(copied, fileOf(spark, "o3", 2));
    assertRows(spark.sql("select org_id, v, count(*) from dw.t_daily group by org_id, v"),
        row("o1", 1, 3), row("o1", 2, 1), row("o1", 3, 8), row("o2", 1, 5), row("o2", 2, 1), row("o2", 3, 5), row("o3", 1, 10));
    assertEquals(33, spark.table("dw.t_daily").count());

    // Run again: the same rows.
    write(spark, writer, rows(spark, days("o1", 4, 11, 3) + ", " + days("o2", 7, 11, 3)), changed);
    assertEquals(33, spark.table("dw.t_daily").count());
    assertEquals(0, spark.sql("select org_id, date from dw.t_daily group by org_id, date having count(*) > 1").count());
  }

  @Test
  void aRangeViewWithoutAnyDayWritesNothingAndRowsWithoutOneAreAModelError(TestWarehouse wh) {
    SparkSession spark = wh.spark();
    TableWriter writer = TableWriter.of(spark, wh.settings());
    writer.overwrite(DAILY.tableSpec(), rows(spark, days("o1", 1, 2, 1)));
    ChangedMonths changed = new ChangedMonths(spark, writer, LocalDate.parse("2026-03-12"));
    ranges(spark, "('o1', null)");
    assertNull(write(spark, writer, rows(spark, "('o1', '2026-03-01', 9)").where("false"), changed));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> write(spark, writer, rows(spark, days("o1", 2, 2, 5)), changed));
    assertEquals("marts/t_daily.sql: 1 rows but t_daily_range gives no organization a first day", e.getMessage());
    assertRows(spark.sql("select cast(date as string), v from dw.t_daily"), row("2026-03-01", 1), row("2026-03-02", 1));
    ModelFile byPage = ModelFile.parse("marts/t_pages.sql",
        "-- table: dw.t_pages\n-- write: slice date from t_daily_range\n-- column: page_id STRING | P.\n-- column: date DATE | D.\nselect 1");
    e = assertThrows(IllegalStateException.class, () -> new SliceFromOrgRanges(spark).write(byPage, rows(spark, "('p1', '2026-03-01', 1)"), 1, writer, changed));
    assertEquals("marts/t_pages.sql: 'slice date from t_daily_range' replaces each organization's rows from its first day: the table needs an org_id column",
        e.getMessage());
  }
}
