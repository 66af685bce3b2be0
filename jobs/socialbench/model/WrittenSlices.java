package socialbench.model;

import io.delta.kernel.expressions.Column;
import io.delta.kernel.expressions.Literal;
import io.delta.kernel.expressions.Predicate;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.DeclaredTable;
import socialbench.runtime.DeltaRows;
import socialbench.runtime.TableWriter;
import socialbench.runtime.Warehouse;

/**
 * {@code ops.written_slices}: what each table model wrote on a night. The model stage records it when its run
 * finishes ({@link #record}); the check stage reads them back (in its own process when Airflow runs the steps
 * apart) so that a check declared {@code scope = written} reads the rows the night wrote, not the whole history
 * (older rows were checked by the nights that wrote them).
 */
public final class WrittenSlices {
  /** Columns, types and comments: sql/ops/written_slices.sql. */
  static final DeclaredTable TABLE = DeclaredTable.load("sql/ops/written_slices.sql");

  /**
   * What a night wrote of one table: {@code WHOLE} (an overwrite, a merge by key alone), {@code FROM} (the rows
   * whose slice column is on or after {@code from}, and those where it is NULL) or {@code NOTHING}.
   */
  public record Written(Kind kind, LocalDate from) {
    public enum Kind { WHOLE, FROM, NOTHING }

    public static final Written WHOLE = new Written(Kind.WHOLE, null);
    public static final Written NOTHING = new Written(Kind.NOTHING, null);

    /** The rows from {@code from} on; only the rows where the column is NULL when {@code from} is NULL. */
    public static Written from(LocalDate from) {
      return new Written(Kind.FROM, from);
    }

    /** What two runs of one night wrote together: the whole table, else from the earlier date, else nothing. */
    Written and(Written other) {
      if (kind == Kind.WHOLE || other.kind == Kind.WHOLE) return WHOLE;
      if (kind == Kind.NOTHING) return other;
      if (other.kind == Kind.NOTHING) return this;
      if (from == null) return other;
      if (other.from == null) return this;
      return from(from.isBefore(other.from) ? from : other.from);
    }
  }

  private WrittenSlices() {}

  /**
   * Records what a model run of night {@code date} wrote: for each table whose record changes (none yet, or
   * {@code written} reaches further than what earlier runs of the night recorded, {@link Written#and}), a row
   * of the combined record, in one commit. A re-run that writes what an earlier run of the night wrote adds
   * nothing, so the table is the same after a night run once or killed and re-run.
   */
  static void record(SparkSession spark, TableWriter writer, Warehouse warehouse, LocalDate date, Map<String, Written> written) {
    Map<String, Written> earlier = of(spark, warehouse, date);
    List<Row> rows = new ArrayList<>();
    new TreeMap<>(written).forEach((table, w) -> {
      Written before = earlier.get(table);
      Written now = before == null ? w : before.and(w);
      if (!now.equals(before)) {
        rows.add(RowFactory.create(Date.valueOf(date), table, now.kind().toString().toLowerCase(), now.from() == null ? null : Date.valueOf(now.from())));
      }
    });
    if (!rows.isEmpty()) writer.appendFew(TABLE.spec(), TABLE.schema(), rows);
  }

  /**
   * What the model runs of night {@code date} wrote, per table (every run of the night together,
   * {@link Written#and}); a table no run of that night recorded is absent (the model stage did not run for
   * it, or the warehouse predates this table). Read with Delta Kernel in this JVM (no Spark job), files
   * skipped by their logical_date statistics.
   */
  public static Map<String, Written> of(SparkSession spark, Warehouse warehouse, LocalDate date) {
    Predicate night = new Predicate("=", new Column("logical_date"), Literal.ofDate((int) date.toEpochDay()));
    Map<String, Written> out = new HashMap<>();
    new DeltaRows(spark.sparkContext().hadoopConfiguration()).scan(warehouse.tablePath(TABLE.spec().name()),
        List.of("logical_date", "table_name", "written", "from_date"), Optional.of(night), r -> {
          if (!date.equals(r.date(0))) return;
          Written w = switch (r.string(2)) {
            case "whole" -> Written.WHOLE;
            case "from" -> Written.from(r.isNull(3) ? null : r.date(3));
            case "nothing" -> Written.NOTHING;
            default -> throw new IllegalStateException(TABLE.spec().name() + ": unknown written '" + r.string(2) + "' for " + r.string(1));
          };
          out.merge(r.string(1), w, Written::and);
        });
    return out;
  }
}
