package socialbench.quality;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The kinds of quality check (CheckSpec); written in the check files and in ops.quality_results by their lower-case name. */
public enum CheckType {
  NOT_NULL, UNIQUE, RELATIONSHIP, EXPRESSION, NON_NEGATIVE, FLAGGED, ROW_COUNT_ANOMALY, FAILING_ROWS;

  /** {@code not_null, unique, …}: the names a check file may use. */
  public static String allowed() {
    return Arrays.stream(values()).map(CheckType::toString).collect(Collectors.joining(", "));
  }

  static CheckType parse(String where, String value) {
    for (CheckType t : values()) if (t.toString().equals(value)) return t;
    throw new IllegalArgumentException(where + ": type must be one of " + allowed() + "; got '" + value + "'");
  }

  /**
   * A check that judges each row of its table on its own (a predicate per row): the night runs all row
   * checks of one table and scope as one query (QualityChecks).
   */
  public boolean rowCheck() {
    return this == NOT_NULL || this == NON_NEGATIVE || this == EXPRESSION || this == FLAGGED;
  }

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }
}
