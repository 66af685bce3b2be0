package socialbench.bench;

import io.delta.kernel.expressions.Column;
import io.delta.kernel.expressions.Literal;
import io.delta.kernel.expressions.Predicate;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.DeclaredTable;
import socialbench.runtime.DeltaRows;
import socialbench.runtime.TableWriter;
import socialbench.runtime.Warehouse;

/**
 * {@code ops.bench_months}: the months a night's bench run recomputed ({@link TouchedMonths}). The bench
 * stage records them before it writes a bench table; the check stage reads them back, in its own process
 * when Airflow runs the steps apart, so that it checks the bench months the night rewrote and not every
 * month ever published (older months were checked by the nights that wrote them).
 */
public final class BenchMonths {
  /** Columns, types and comments: sql/ops/bench_months.sql. */
  static final DeclaredTable TABLE = DeclaredTable.load("sql/ops/bench_months.sql");

  private BenchMonths() {}

  /** Replaces night {@code date}'s months with {@code months} (a re-run of the night records its own). */
  static void record(SparkSession spark, TableWriter writer, LocalDate date, List<LocalDate> months) {
    List<Row> rows = new ArrayList<>();
    for (LocalDate m : months) rows.add(RowFactory.create(Date.valueOf(date), Date.valueOf(m)));
    writer.replaceSlice(TABLE.spec(), spark.createDataFrame(rows, TABLE.schema()), "logical_date = DATE'" + date + "'");
  }

  /**
   * The earliest month the bench run of night {@code date} recomputed; empty when no bench run recorded that
   * night (the bench stage did not run for it, or the warehouse predates this table). Read with Delta Kernel
   * in this JVM (no Spark job), files skipped by their logical_date statistics.
   */
  public static Optional<LocalDate> earliest(SparkSession spark, Warehouse warehouse, LocalDate date) {
    Predicate night = new Predicate("=", new Column("logical_date"), Literal.ofDate((int) date.toEpochDay()));
    LocalDate[] earliest = {null};
    new DeltaRows(spark.sparkContext().hadoopConfiguration()).scan(warehouse.tablePath(TABLE.spec().name()),
        List.of("logical_date", "month"), Optional.of(night), r -> {
          LocalDate month = r.date(1);
          if (date.equals(r.date(0)) && month != null && (earliest[0] == null || month.isBefore(earliest[0]))) earliest[0] = month;
        });
    return Optional.ofNullable(earliest[0]);
  }
}
