package socialbench.maintain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The commits of one Delta table ({@code DESCRIBE HISTORY}): version, timestamp and operation (a compaction
 * by month, a WRITE marked {@link MonthCompaction#MARK}, reads as {@code COMPACT BY MONTH}).
 */
public record TableHistory(List<Commit> commits) {
  /** The operation of a commit marked {@link MonthCompaction#MARK}. */
  static final String COMPACT_BY_MONTH = "COMPACT BY MONTH";
  /** Operations that rewrite files without changing rows; they do not count as the table being written. */
  private static final Set<String> MAINTENANCE = Set.of("OPTIMIZE", COMPACT_BY_MONTH, "VACUUM START", "VACUUM END");

  public record Commit(long version, Instant timestamp, String operation) {}

  public static TableHistory of(SparkSession spark, String tablePath) {
    List<Commit> commits = new ArrayList<>();
    for (Row r : spark.sql("DESCRIBE HISTORY delta.`" + tablePath.replace("`", "``") + "`")
        .select("version", "timestamp", "operation", "userMetadata").collectAsList()) {
      String operation = MonthCompaction.MARK.equals(r.getString(3)) ? COMPACT_BY_MONTH : r.getString(2);
      commits.add(new Commit(r.getLong(0), ((Timestamp) r.get(1)).toInstant(), operation));
    }
    return new TableHistory(List.copyOf(commits));
  }

  public long latestVersion() {
    return commits.stream().mapToLong(Commit::version).max().orElse(-1);
  }

  /** The earliest timestamp of a commit after {@code version}; empty when {@code version} is the latest. */
  public Optional<Instant> firstCommitAfter(long version) {
    return commits.stream().filter(c -> c.version() > version).map(Commit::timestamp).min(Instant::compareTo);
  }

  /** True if a commit other than maintenance (compaction, vacuum) happened after {@code since}. */
  public boolean writtenSince(Instant since) {
    return commits.stream().anyMatch(c -> c.timestamp().isAfter(since) && !MAINTENANCE.contains(c.operation()));
  }
}
