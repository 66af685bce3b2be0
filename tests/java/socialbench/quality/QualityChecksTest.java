package socialbench.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import com.typesafe.config.ConfigFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.model.WrittenSlices;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

@ExtendWith(SparkTestExtension.class)
class QualityChecksTest {
  private static final LocalDate DS = LocalDate.of(2026, 11, 20);

  @BeforeAll
  static void tables(TestWarehouse wh) {
    SparkSession spark = wh.spark();
    spark.sql("create table dw.pages (page_id string, platform string) using delta");
    spark.sql("insert into dw.pages values ('p1', 'x'), ('p2', 'x')");
    spark.sql("create table dw.daily (page_id string, platform string, date date, followers bigint, fell boolean) using delta");
    // p1 on 11-20 twice (duplicate key), p3 unknown page, one negative follower count, one flagged row.
    spark.sql("insert into dw.daily values "
        + "('p1', 'x', date'2026-11-20', 10, false), ('p1', 'x', date'2026-11-20', 11, true), "
        + "('p2', 'x', date'2026-11-20', -1, false), ('p3', 'x', date'2026-11-19', 5, false)");
    spark.sql("create table ops.files (rows_read bigint, rows_landed bigint, rows_rejected bigint) using delta");
    spark.sql("insert into ops.files values (10, 9, 1), (5, 5, 0), (7, 5, 1)");
    // 10 nights of about 100 rows, then 20 rows on the logical date.
    spark.sql("create table dw.events using delta as "
        + "select date_add(date'2026-11-10', cast(id % 10 as int)) as d from range(1000) "
        + "union all select date'2026-11-20' from range(20)");
  }

  private static CheckSpec check(String hocon) {
    return CheckSpec.from(ConfigFactory.parseString(hocon));
  }

  private static CheckResult run(TestWarehouse wh, String hocon) {
    QualityChecks qc = new QualityChecks(wh.spark(), wh.settings());
    return qc.runOne(check(hocon), qc.parameters(DS));
  }

  @Test
  void uniqueCountsTheExtraRowsOfDuplicatedKeys(TestWarehouse wh) {
    CheckResult r = run(wh, "table = dw.daily, type = unique, columns = [page_id, platform, date]");
    assertEquals(CheckStatus.FAIL, r.status());
    assertEquals(1, r.failingRows());
  }

  @Test
  void relationshipFindsRowsWhosePageIsNotInTheDimension(TestWarehouse wh) {
    CheckResult r = run(wh, "table = dw.daily, type = relationship, columns = [page_id, platform], references = dw.pages");
    assertEquals(1, r.failingRows());
  }

  @Test
  void nonNegativeFindsTheNegativeFollowerCount(TestWarehouse wh) {
    assertEquals(1, run(wh, "table = dw.daily, type = non_negative, columns = [followers]").failingRows());
  }

  /**
   * The row checks of one table and scope run as one scan; each keeps its own count, the count it has
   * alone: dw.daily has one negative follower count, one flagged row, two rows with followers of 9 or
   * less (-1 and 5) and no NULL page.
   */
  @Test
  void rowChecksOfOneTableRunTogetherAndEachKeepsItsOwnCount(TestWarehouse wh) {
    QualityChecks qc = new QualityChecks(wh.spark(), wh.settings());
    List<CheckSpec> checks = List.of(
        check("table = dw.daily, type = non_negative, columns = [followers]"),
        check("table = dw.daily, type = flagged, flag = fell, blocking = false"),
        check("table = dw.daily, type = expression, condition = \"followers > 9\""),
        check("table = dw.daily, type = not_null, columns = [page_id, platform]"));
    List<CheckResult> together = qc.runRowChecks(checks, qc.parameters(DS));
    assertEquals(List.of(1L, 1L, 2L, 0L), together.stream().map(CheckResult::failingRows).toList());
    assertEquals(List.of(CheckStatus.FAIL, CheckStatus.WARN, CheckStatus.FAIL, CheckStatus.PASS), together.stream().map(CheckResult::status).toList());
    for (int i = 0; i < checks.size(); i++) {
      assertEquals(qc.runOne(checks.get(i), qc.parameters(DS)), together.get(i), checks.get(i).id());
    }
    List<CheckResult> missing = qc.runRowChecks(List.of(
        check("table = dw.nothing_yet, type = not_null, columns = [a]"),
        check("table = dw.nothing_yet, type = expression, condition = \"a > 0\"")), qc.parameters(DS));
    assertEquals(List.of(CheckStatus.SKIPPED, CheckStatus.SKIPPED), missing.stream().map(CheckResult::status).toList());
  }

  /**
   * A uniqueness check and the row checks of the same table and scope share one scan of the table (the rows
   * grouped by the key); each keeps the count, status and detail it has alone. dw.daily: one extra row of
   * the key (p1, x, 11-20), one negative follower count, one flagged row, two rows with 9 followers or
   * fewer. A check of another scope, a second uniqueness check and a relationship check stay queries of
   * their own.
   */
  @Test
  void aUniquenessCheckAndTheRowChecksOfItsTableAndScopeShareOneScanAndKeepTheirResults(TestWarehouse wh) {
    QualityChecks qc = new QualityChecks(wh.spark(), wh.settings());
    CheckSpec unique = check("table = dw.daily, type = unique, columns = [page_id, platform, date]");
    CheckSpec negative = check("table = dw.daily, type = non_negative, columns = [followers]");
    CheckSpec flagged = check("table = dw.daily, type = flagged, flag = fell, blocking = false");
    CheckSpec few = check("table = dw.daily, type = expression, condition = \"followers > 9\"");
    CheckSpec fewOfTheNight = check("table = dw.daily, type = expression, condition = \"followers > 9\", scope = \"date = :ds\"");
    CheckSpec uniquePage = check("table = dw.daily, type = unique, columns = [page_id]");
    CheckSpec known = check("table = dw.daily, type = relationship, columns = [page_id, platform], references = dw.pages");
    List<List<CheckSpec>> queries = QualityChecks.queries(List.of(negative, unique, flagged, fewOfTheNight, uniquePage, few, known));
    assertEquals(List.of(List.of(negative, unique, flagged, few), List.of(fewOfTheNight), List.of(uniquePage), List.of(known)), queries);
    String sql = CheckSql.together(queries.subList(0, 1));
    assertEquals(1, sql.split("from dw\\.daily", -1).length - 1, sql);

    List<CheckResult> together = qc.runTogether(queries.subList(0, 1), qc.parameters(DS));
    assertEquals(List.of(1L, 1L, 1L, 2L), together.stream().map(CheckResult::failingRows).toList());
    assertEquals(List.of(CheckStatus.FAIL, CheckStatus.FAIL, CheckStatus.WARN, CheckStatus.FAIL), together.stream().map(CheckResult::status).toList());
    assertEquals("duplicated keys: 1", together.get(1).detail());
    for (int i = 0; i < together.size(); i++) {
      CheckSpec c = queries.get(0).get(i);
      assertEquals(qc.runOne(c, qc.parameters(DS)), together.get(i), c.id());
    }
    // no duplicated key: 0 failing rows and the detail a uniqueness check alone gives
    List<CheckResult> clean = qc.runTogether(List.of(List.of(check("table = dw.daily, type = unique, columns = [page_id, date, followers]"), negative)),
        qc.parameters(DS));
    assertEquals(new CheckResult(clean.get(0).check(), CheckStatus.PASS, 0, "duplicated keys: 0"), clean.get(0));
    assertEquals(qc.runOne(clean.get(0).check(), qc.parameters(DS)), clean.get(0));
  }

  /**
   * A night's check queries run UNION ALLed in one statement: every check keeps the count and detail it has
   * alone (hand-counted: one extra row of a duplicated key, one unknown page p3, one negative follower count,
   * one file whose rows do not add up, the 20-row night against a median of 100), and a query of a table that
   * does not exist yet is skipped without failing the others.
   */
  @Test
  void checksOfSeveralTablesInOneStatementEachKeepTheResultTheyHaveAlone(TestWarehouse wh) {
    QualityChecks qc = new QualityChecks(wh.spark(), wh.settings());
    List<List<CheckSpec>> queries = List.of(
        List.of(check("table = dw.daily, type = unique, columns = [page_id, platform, date]")),
        List.of(check("table = dw.daily, type = relationship, columns = [page_id, platform], references = dw.pages")),
        List.of(check("table = dw.daily, type = non_negative, columns = [followers]"),
            check("table = dw.daily, type = flagged, flag = fell, blocking = false")),
        List.of(check("table = dw.nothing_yet, type = unique, columns = [a]")),
        List.of(check("table = ops.files, type = expression, condition = \"rows_read = rows_landed + rows_rejected\"")),
        List.of(check("table = dw.events, type = row_count_anomaly, date-column = d, tolerance = 0.5")));
    List<CheckResult> together = qc.runTogether(queries, qc.parameters(DS));
    assertEquals(List.of(1L, 1L, 1L, 1L, 0L, 1L, 1L), together.stream().map(CheckResult::failingRows).toList());
    assertEquals(List.of(CheckStatus.FAIL, CheckStatus.FAIL, CheckStatus.FAIL, CheckStatus.WARN, CheckStatus.SKIPPED, CheckStatus.FAIL,
        CheckStatus.FAIL), together.stream().map(CheckResult::status).toList());
    assertEquals("duplicated keys: 1", together.get(0).detail());
    assertEquals("table dw.nothing_yet does not exist yet", together.get(4).detail());
    assertEquals("rows 20 vs trailing median 100.0 over 10 nights", together.get(6).detail());
    List<CheckResult> alone = new java.util.ArrayList<>();
    for (List<CheckSpec> q : queries) alone.addAll(qc.runTogether(List.of(q), qc.parameters(DS)));
    assertEquals(alone, together);
  }

  @Test
  void aScopedNonBlockingFlagCheckWarnsInsteadOfFailing(TestWarehouse wh) {
    CheckResult r = run(wh, "table = dw.daily, type = flagged, flag = fell, scope = \"date = :ds\", blocking = false");
    assertEquals(CheckStatus.WARN, r.status());
    assertEquals(1, r.failingRows());
  }

  @Test
  void reconciliationFailsForTheFileWhoseRowsDoNotAddUp(TestWarehouse wh) {
    CheckResult r = run(wh, "table = ops.files, type = expression, condition = \"rows_read = rows_landed + rows_rejected\"");
    assertEquals(1, r.failingRows());
  }

  @Test
  void aNightWithAFifthOfTheUsualRowsIsAnAnomaly(TestWarehouse wh) {
    CheckResult r = run(wh, "table = dw.events, type = row_count_anomaly, date-column = d, tolerance = 0.5");
    assertEquals(CheckStatus.FAIL, r.status());
    assertEquals("rows 20 vs trailing median 100.0 over 10 nights", r.detail());
  }

  @Test
  void aCheckScopedFromMinFromSeesTheSlicesTheNightsLandRunTouchedAndNotOlderOnes(TestWarehouse wh) {
    SparkSession spark = wh.spark();
    // The night of 11-20 landed a late file for 11-18: min_from = 11-18. A negative value on 11-10 is history.
    spark.sql("create table dw.scoped (d date, v bigint) using delta");
    spark.sql("insert into dw.scoped values (date'2026-11-10', -1), (date'2026-11-18', -2), (date'2026-11-20', -3), (date'2026-11-20', 4)");
    spark.sql("create table ops.runs (run_id string, job string, logical_date date) using delta");
    spark.sql("insert into ops.runs values ('land-1', 'land', date'2026-11-20'), ('land-0', 'land', date'2026-11-09')");
    spark.sql("create table ops.landed_files (run_id string, org_id string, export_date date, status string) using delta");
    spark.sql("insert into ops.landed_files values ('land-1', 'o1', date'2026-11-20', 'landed'), "
        + "('land-1', 'o2', date'2026-11-18', 'replaced'), ('land-1', 'o3', date'2026-11-01', 'skipped_duplicate'), "
        + "('land-0', 'o1', date'2026-11-09', 'landed')");
    try {
      CheckResult r = run(wh, "table = dw.scoped, type = non_negative, columns = [v], scope = \"d >= :min_from\"");
      assertEquals(2, r.failingRows());
      // the ledger is read for :min_from only when a check of the run names it
      QualityChecks qc = new QualityChecks(spark, wh.settings());
      assertEquals(java.util.Set.of("ds", "bench_from", "min_from"),
          qc.parameters(DS, List.of(check("table = dw.scoped, type = non_negative, columns = [v], scope = \"d >= :min_from\""))).keySet());
      assertEquals(java.util.Set.of("ds", "bench_from"),
          qc.parameters(DS, List.of(check("table = dw.scoped, type = non_negative, columns = [v], scope = \"d >= :ds\""))).keySet());
    } finally {
      spark.sql("drop table ops.runs");
      spark.sql("drop table ops.landed_files");
    }
  }

  @Test
  void theLedgerChecksReadTheRowsOfTheNightsOwnLandRuns(TestWarehouse wh) {
    SparkSession spark = wh.spark();
    // 11-19's run left a row that does not reconcile and one without a status (checked that night); 11-20 has two
    // land runs (a re-run), one row of each breaks a rule; a run of 11-2 shares the prefix without the dash
    spark.sql("create table ops.landed_files (run_id string, sha256 string, status string, rows_read bigint, "
        + "rows_landed bigint, rows_rejected bigint) using delta");
    spark.sql("insert into ops.landed_files values "
        + "('land-2026-11-19-0000aaaa', 'h1', 'landed', 10, 9, 0), ('land-2026-11-19-0000aaaa', 'h2', null, 5, 5, 0), "
        + "('land-2026-11-20-1111bbbb', 'h3', 'landed', 10, 8, 2), ('land-2026-11-20-1111bbbb', null, 'rejected', 4, 0, 3), "
        + "('land-2026-11-20-2222cccc', 'h4', 'landed', 6, 6, 0), ('land-2026-11-20-2222cccc', 'h5', 'landed', 6, 5, 0), "
        + "('land-2026-11-2', 'h6', null, 1, 0, 0)");
    try {
      QualityChecks qc = new QualityChecks(spark, wh.settings());
      List<CheckSpec> ledger = qc.declared().stream().filter(c -> c.table().equals("ops.landed_files")).toList();
      List<CheckResult> results = qc.runRowChecks(ledger, qc.parameters(DS, ledger));
      assertEquals(List.of("landed_files.reconciles", "landed_files.has_keys"), results.stream().map(r -> r.check().id()).toList());
      // 4 read, 0 landed, 3 rejected; 6 read, 5 landed, 0 rejected: two rows of 11-20 that do not reconcile
      assertEquals(2, results.get(0).failingRows());
      assertEquals(1, results.get(1).failingRows());
    } finally {
      spark.sql("drop table ops.landed_files");
    }
  }

  @Test
  void aWrittenScopeChecksTheRowsTheNightsModelRunsWroteAndEveryRowWhenNoneRecordedIt(TestWarehouse wh) {
    SparkSession spark = wh.spark();
    // Negative values on 11-10, 11-18, 11-20 and on a row without a date.
    spark.sql("create table dw.written_t (org_id string, d date, v bigint) using delta");
    spark.sql("insert into dw.written_t values ('o1', date'2026-11-10', -1), ('o1', date'2026-11-18', -2), "
        + "('o2', date'2026-11-20', -3), ('o2', null, -4), ('o2', date'2026-11-20', 5)");
    CheckSpec c = check("id = neg, table = dw.written_t, type = non_negative, columns = [v]")
        .withScope(WrittenScope.predicate("d", WrittenScope.parameter("dw.written_t")));
    assertEquals("(`d` >= :written_from_dw_written_t or `d` is null)", c.scope());
    QualityChecks qc = new QualityChecks(spark, wh.settings());
    LocalDate night = LocalDate.of(2026, 11, 21);
    try {
      // no model run of the night recorded the table: every row
      assertEquals(4, qc.run(List.of(c), night, "run-w0").get(0).failingRows());
      // Two model runs of the night (a re-run) wrote from 11-18 and from 11-19; another night from 11-01.
      spark.sql("create table ops.written_slices (logical_date date, table_name string, written string, from_date date) using delta");
      spark.sql("insert into ops.written_slices values (date'2026-11-21', 'dw.written_t', 'from', date'2026-11-19'), "
          + "(date'2026-11-21', 'dw.written_t', 'from', date'2026-11-18'), (date'2026-11-20', 'dw.written_t', 'from', date'2026-11-01'), "
          + "(date'2026-11-21', 'dw.other', 'whole', null)");
      assertEquals(3, qc.run(List.of(c), night, "run-w1").get(0).failingRows());
      // what the parameter is bound to for each record
      Map<String, WrittenSlices.Written> none = Map.of();
      assertEquals(java.sql.Date.valueOf("0001-01-01"), WrittenScope.parameters(List.of(c), none).get("written_from_dw_written_t"));
      assertEquals(java.sql.Date.valueOf("9999-12-31"),
          WrittenScope.parameters(List.of(c), Map.of("dw.written_t", WrittenSlices.Written.NOTHING)).get("written_from_dw_written_t"));
      assertEquals(1, qc.runOne(c, WrittenScope.parameters(List.of(c), Map.of("dw.written_t", WrittenSlices.Written.NOTHING))).failingRows());
      assertEquals(4, qc.runOne(c, WrittenScope.parameters(List.of(c), Map.of("dw.written_t", WrittenSlices.Written.WHOLE))).failingRows());
      assertEquals(1, qc.runOne(c, WrittenScope.parameters(List.of(c), Map.of("dw.written_t", WrittenSlices.Written.from(null)))).failingRows());
    } finally {
      spark.sql("drop table dw.written_t");
      spark.sql("drop table if exists ops.written_slices");
    }
  }

  @Test
  void aWrittenRelationshipIsCheckedWholeWhenTheNightRebuiltTheReferencedTable(TestWarehouse wh) {
    SparkSession spark = wh.spark();
    // An orphan published on 11-10 (history) and one on 11-19 (tonight's slice from 11-18).
    spark.sql("create table dw.wr_child (d date, page_id string) using delta");
    spark.sql("insert into dw.wr_child values (date'2026-11-10', 'px'), (date'2026-11-19', 'py'), (date'2026-11-19', 'p1')");
    spark.sql("create table dw.wr_parent (page_id string) using delta");
    spark.sql("insert into dw.wr_parent values ('p1')");
    CheckSpec rel = check("id = rel, table = dw.wr_child, type = relationship, columns = [page_id], references = dw.wr_parent");
    rel = rel.withScope(WrittenScope.predicate("d", WrittenScope.parameter(rel)));
    assertEquals("(`d` >= :written_from_dw_wr_child_to_dw_wr_parent or `d` is null)", rel.scope());
    QualityChecks qc = new QualityChecks(spark, wh.settings());
    WrittenSlices.Written child = WrittenSlices.Written.from(LocalDate.of(2026, 11, 18));
    try {
      List<CheckSpec> one = List.of(rel);
      assertEquals(1, qc.runOne(rel, WrittenScope.parameters(one, Map.of("dw.wr_child", child, "dw.wr_parent", WrittenSlices.Written.NOTHING))).failingRows());
      assertEquals(1, qc.runOne(rel, WrittenScope.parameters(one,
          Map.of("dw.wr_child", child, "dw.wr_parent", WrittenSlices.Written.from(LocalDate.of(2026, 11, 19))))).failingRows());
      // the referenced rows changed from 11-05: the child's rows from 11-05 on
      assertEquals(2, qc.runOne(rel, WrittenScope.parameters(one,
          Map.of("dw.wr_child", child, "dw.wr_parent", WrittenSlices.Written.from(LocalDate.of(2026, 11, 5))))).failingRows());
      assertEquals(2, qc.runOne(rel, WrittenScope.parameters(one, Map.of("dw.wr_child", child, "dw.wr_parent", WrittenSlices.Written.WHOLE))).failingRows());
      assertEquals(2, qc.runOne(rel, WrittenScope.parameters(one, Map.of("dw.wr_child", child))).failingRows());
    } finally {
      spark.sql("drop table dw.wr_child");
      spark.sql("drop table dw.wr_parent");
    }
  }

  @Test
  void aWrittenScopeOnATableNotWrittenAsDateSlicesIsRefused(TestWarehouse wh) {
    QualityChecks qc = new QualityChecks(wh.spark(), wh.with("socialbench.quality.check-files", List.of("checks/written-dim-date.conf")).settings());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, qc::declared);
    assertEquals("checks/written-dim-date.conf: check dw.dim_date:not_null:date: scope = written needs a table a model writes as date "
        + "slices (write: slice COLUMN … or merge … within COLUMN); dw.dim_date is written whole (write: overwrite)", e.getMessage());
  }

  @Test
  void aCheckOnATableThatDoesNotExistYetIsSkipped(TestWarehouse wh) {
    CheckResult r = run(wh, "table = bench.nothing_here, type = not_null, columns = [a]");
    assertEquals(CheckStatus.SKIPPED, r.status());
  }

  @Test
  void resultsAreRecordedOncePerLogicalDateEvenWhenRerun(TestWarehouse wh) {
    QualityChecks qc = new QualityChecks(wh.spark(), wh.settings());
    List<CheckSpec> checks = List.of(check("id = nn, table = dw.daily, type = not_null, columns = [page_id]"),
        check("id = neg, table = dw.daily, type = non_negative, columns = [followers]"));
    qc.run(checks, DS, "run-1");
    qc.run(checks, DS, "run-2");
    assertRows(wh.spark().sql("select run_id, check_id, status, failing_rows from ops.quality_results where logical_date = date'2026-11-20'"),
        row("run-2", "nn", "pass", 0), row("run-2", "neg", "fail", 1));
  }

  @Test
  void theDeclaredCheckFilesParseAndUseTheConfiguredMinimumCohortSize(TestWarehouse wh) {
    List<CheckSpec> declared = new QualityChecks(wh.spark(), wh.with("socialbench.privacy.min-cohort-orgs", 7).settings()).declared();
    CheckSpec k = declared.stream().filter(c -> c.id().equals("cohort_month.k_anonymity")).findFirst().orElseThrow();
    assertEquals("suppressed or n_orgs >= 7", k.condition());
    assertTrue(declared.size() > 20, "declared checks: " + declared.size());
  }

  @Test
  void everyTableModelHasOneBlockingUniquenessCheckOnExactlyItsKey() {
    List<CheckSpec> declared = new QualityChecks(null, socialbench.runtime.Settings.defaults()).declared();
    List<socialbench.model.ModelFile> tables = socialbench.model.ModelManifest.load().stream()
        .filter(m -> m.kind() == socialbench.model.ModelFile.Kind.TABLE).toList();
    assertEquals(13, tables.size());
    for (socialbench.model.ModelFile m : tables) {
      assertTrue(m.name().startsWith("dw.") || m.name().equals("ops.removed_posts"), m.name());
      assertTrue(!m.key().isEmpty(), m.path() + " declares no key");
      List<CheckSpec> unique = declared.stream().filter(c -> c.table().equals(m.name()) && c.type() == CheckType.UNIQUE).toList();
      assertEquals(1, unique.size(), m.name() + ": " + unique);
      assertEquals(m.key(), unique.get(0).columns(), m.name());
      assertTrue(unique.get(0).blocking(), m.name());
    }
    // the merge key is the key; a table written as date slices is checked on what the night wrote, the rest whole
    CheckSpec funnel = declared.stream().filter(c -> c.id().equals("dw.fct_lead_funnel:unique:org_id,lead_id_hash")).findFirst().orElseThrow();
    assertEquals("(`created_date` >= :written_from_dw_fct_lead_funnel or `created_date` is null)", funnel.scope());
    CheckSpec snapshots = declared.stream().filter(c -> c.table().equals("dw.fct_post_snapshot") && c.type() == CheckType.UNIQUE)
        .findFirst().orElseThrow();
    assertEquals(List.of("org_id", "post_id", "platform", "export_date"), snapshots.columns());
    assertEquals("(`export_date` >= :written_from_dw_fct_post_snapshot or `export_date` is null)", snapshots.scope());
    CheckSpec platforms = declared.stream().filter(c -> c.table().equals("dw.dim_platform") && c.type() == CheckType.UNIQUE)
        .findFirst().orElseThrow();
    assertEquals("true", platforms.scope());
    // a declared scope = written: the same scope as the key's (one scan), and a relationship's own parameter
    CheckSpec pageRows = declared.stream().filter(c -> c.id().equals("dw.fct_page_daily:non_negative:followers,followers_gained,followers_lost"))
        .findFirst().orElseThrow();
    CheckSpec pageKey = declared.stream().filter(c -> c.table().equals("dw.fct_page_daily") && c.type() == CheckType.UNIQUE).findFirst().orElseThrow();
    assertEquals("(`date` >= :written_from_dw_fct_page_daily or `date` is null)", pageRows.scope());
    assertEquals(pageKey.scope(), pageRows.scope());
    CheckSpec pageRef = declared.stream().filter(c -> c.id().equals("dw.fct_page_daily:relationship:page_id,platform")).findFirst().orElseThrow();
    assertEquals("(`date` >= :written_from_dw_fct_page_daily_to_dw_dim_page or `date` is null)", pageRef.scope());
    for (String t : List.of("dw.fct_web_daily", "dw.dim_date", "dw.dim_platform")) {
      assertTrue(declared.stream().filter(c -> c.table().equals(t)).count() >= 2, t + " has checks beyond its key");
    }
  }

  @Test
  void aCheckFileThatIsNotThereIsAnErrorNamingIt(TestWarehouse wh) {
    QualityChecks qc = new QualityChecks(wh.spark(), wh.with("socialbench.quality.check-files", List.of("sql/checks/dw.cof")).settings());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, qc::declared);
    assertEquals("socialbench.quality.check-files lists sql/checks/dw.cof, which is not on the classpath (the sql/ folder in the jar)",
        e.getMessage());
  }

  @Test
  void aUniquenessCheckOfAModelsTableIsRefusedBecauseItsKeyDecides(TestWarehouse wh) {
    QualityChecks qc = new QualityChecks(wh.spark(),
        wh.with("socialbench.quality.check-files", List.of("checks/unique-lead-funnel.conf")).settings());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, qc::declared);
    assertEquals("checks/unique-lead-funnel.conf: check dw.fct_lead_funnel:unique:lead_id_hash: the uniqueness of dw.fct_lead_funnel "
        + "is checked on the key its model declares (marts/fct_lead_funnel.sql: key org_id, lead_id_hash); remove this check or change the key",
        e.getMessage());
  }

  @Test
  void aCheckOfAnUnknownTypeOrWithoutWhatItsTypeNeedsIsRefusedWhenTheFileIsRead() {
    IllegalArgumentException type = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> CheckSpec.from("sql/checks/dw.conf", ConfigFactory.parseString("table = dw.daily, type = uniq, columns = [a]")));
    assertEquals("sql/checks/dw.conf: check dw.daily:uniq:a: type must be one of not_null, unique, relationship, expression, "
        + "non_negative, flagged, row_count_anomaly, failing_rows; got 'uniq'", type.getMessage());
    IllegalArgumentException references = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> CheckSpec.from("sql/checks/dw.conf", ConfigFactory.parseString("table = dw.daily, type = relationship, columns = [page_id]")));
    assertEquals("sql/checks/dw.conf: check dw.daily:relationship:page_id: references is missing", references.getMessage());
  }
}
