package socialbench.quality;

import java.util.List;
import java.util.stream.Collectors;

/** Compiles a {@link CheckSpec} into a query that returns one row: {@code failing BIGINT, detail STRING}. */
final class CheckSql {
  private CheckSql() {}

  static String of(CheckSpec c) {
    String scoped = "(select * from " + c.table() + " where " + c.scope() + ")";
    if (c.type().rowCheck()) {
      return "select count(*) as failing, cast(null as string) as detail from " + scoped + " where " + failing(c);
    }
    return switch (c.type()) {
      case UNIQUE -> {
        String cols = String.join(", ", c.columns());
        yield "select coalesce(sum(n - 1), 0) as failing, "
            + "concat('duplicated keys: ', cast(count(*) as string)) as detail from (select " + cols
            + ", count(*) as n from " + scoped + " group by " + cols + " having count(*) > 1)";
      }
      case RELATIONSHIP -> {
        StringBuilder on = new StringBuilder();
        for (int i = 0; i < c.columns().size(); i++) {
          if (i > 0) on.append(" and ");
          on.append("t.").append(c.columns().get(i)).append(" = r.").append(c.referenceColumns().get(i));
        }
        yield "select count(*) as failing, cast(null as string) as detail from " + scoped + " t left anti join "
            + c.references() + " r on " + on;
      }
      case NOT_NULL, NON_NEGATIVE, EXPRESSION, FLAGGED -> throw new IllegalStateException("row check " + c.id());
      case ROW_COUNT_ANOMALY -> rowCountAnomaly(c);
      case FAILING_ROWS -> "select count(*) as failing, cast(null as string) as detail from (" + c.query() + ")";
    };
  }

  /**
   * The predicate a row of the check's table fails a row check on ({@link CheckType#rowCheck()}): a row
   * counts as failing when the predicate is true, as in a {@code WHERE}.
   */
  static String failing(CheckSpec c) {
    return switch (c.type()) {
      case NOT_NULL -> c.columns().stream().map(col -> col + " is null").collect(Collectors.joining(" or "));
      case NON_NEGATIVE -> c.columns().stream().map(col -> col + " < 0").collect(Collectors.joining(" or "));
      case EXPRESSION -> "not coalesce(" + c.condition() + ", false)";
      case FLAGGED -> c.flag();
      default -> throw new IllegalArgumentException(c.id() + " is not a row check");
    };
  }

  /**
   * Row checks of one table and one scope in one scan: one row with column {@code f<i>} = the failing
   * rows of {@code checks.get(i)} (the same count {@link #of} gives for that check alone).
   */
  static String rowChecks(List<CheckSpec> checks) {
    StringBuilder sql = new StringBuilder("select ");
    for (int i = 0; i < checks.size(); i++) {
      if (i > 0) sql.append(", ");
      sql.append("count_if(").append(failing(checks.get(i))).append(") as f").append(i);
    }
    CheckSpec first = checks.get(0);
    return sql.append(" from ").append(first.table()).append(" where ").append(first.scope()).toString();
  }

  /**
   * The uniqueness check of a table and scope with the row checks of the same table and scope in one scan:
   * the rows grouped by the key, each group counting its rows ({@code n}) and its rows failing each row
   * check; one row with {@code f<i>} (the failing rows of {@code checks.get(i)}) and, for the uniqueness
   * check, {@code d<i>} ({@code duplicated keys: N}): the counts and detail {@link #of} and
   * {@link #rowChecks} give for each check alone.
   */
  static String keyAndRowChecks(List<CheckSpec> checks) {
    CheckSpec unique = checks.stream().filter(c -> c.type() == CheckType.UNIQUE).findFirst().orElseThrow();
    String key = String.join(", ", unique.columns());
    StringBuilder outer = new StringBuilder("select ");
    StringBuilder inner = new StringBuilder("select ").append(key).append(", count(*) as n");
    for (int i = 0; i < checks.size(); i++) {
      if (i > 0) outer.append(", ");
      CheckSpec c = checks.get(i);
      if (c == unique) {
        // a key held once adds n - 1 = 0
        outer.append("coalesce(sum(n - 1), 0) as f").append(i)
            .append(", concat('duplicated keys: ', cast(count_if(n > 1) as string)) as d").append(i);
      } else {
        inner.append(", count_if(").append(failing(c)).append(") as g").append(i);
        outer.append("coalesce(sum(g").append(i).append("), 0) as f").append(i).append(", cast(null as string) as d").append(i);
      }
    }
    inner.append(" from ").append(unique.table()).append(" where ").append(unique.scope()).append(" group by ").append(key);
    return outer.append(" from (").append(inner).append(")").toString();
  }

  /**
   * Several check queries as one statement of rows {@code (q INT, i INT, failing BIGINT, detail STRING)}: the
   * {@code i}-th check of {@code queries.get(q)}. A query is one check ({@link #of}), the row checks of one
   * table and scope ({@link #rowChecks}), or those with the uniqueness check of the same table and scope
   * ({@link #keyAndRowChecks}); every query yields one row per check, so a statement costs one
   * Spark job and one Delta file listing per table it scans, where each query alone costs its own.
   */
  static String together(List<List<CheckSpec>> queries) {
    StringBuilder sql = new StringBuilder();
    for (int q = 0; q < queries.size(); q++) {
      List<CheckSpec> checks = queries.get(q);
      if (q > 0) sql.append("\nunion all\n");
      if (checks.size() == 1 && !checks.get(0).type().rowCheck()) {
        sql.append("select ").append(q).append(" as q, 0 as i, cast(failing as bigint) as failing, detail from (")
            .append(of(checks.get(0))).append(")");
      } else {
        // one row per check from the query's single row: its failing count, and the detail only a uniqueness check has
        boolean withKey = checks.stream().anyMatch(c -> c.type() == CheckType.UNIQUE);
        StringBuilder stack = new StringBuilder("stack(").append(checks.size());
        for (int i = 0; i < checks.size(); i++) {
          stack.append(", ").append(i).append(", f").append(i).append(withKey ? ", d" + i : ", cast(null as string)");
        }
        sql.append("select ").append(q).append(" as q, i, failing, detail from (select ").append(stack)
            .append(") as (i, failing, detail) from (").append(withKey ? keyAndRowChecks(checks) : rowChecks(checks)).append("))");
      }
    }
    return sql.toString();
  }

  /**
   * The night's row count against the median of the trailing 28 nights that had rows: fails when it
   * differs by more than {@code tolerance} (a fraction) and at least 7 earlier nights exist.
   */
  private static String rowCountAnomaly(CheckSpec c) {
    String d = c.dateColumn();
    return "with daily as (select " + d + " as d, count(*) as n from " + c.table()
        + " where " + d + " between date_sub(:ds, 28) and :ds group by " + d + "), "
        + "hist as (select percentile(n, 0.5) as median_n, count(*) as nights from daily where d < :ds), "
        + "today as (select coalesce(max(n), 0) as n from daily where d = :ds) "
        + "select case when hist.nights >= 7 and abs(today.n - hist.median_n) > " + c.tolerance()
        + " * hist.median_n then 1 else 0 end as failing, "
        + "concat('rows ', cast(today.n as string), ' vs trailing median ', coalesce(cast(hist.median_n as string), 'n/a'),"
        + " ' over ', cast(hist.nights as string), ' nights') as detail from hist cross join today";
  }
}
