package socialbench.maintain;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.Publication;

/**
 * Maintains one Delta table: compacts its small files ({@code OPTIMIZE}, a commit that changes no row, so
 * readers and the publication pointer keep their meaning), then removes the files no version within the
 * retention needs ({@code VACUUM}). The retention is raised per table so that every file of the version
 * readers are pinned to stays ({@link RetentionRule}); before such a vacuum the files it would remove are
 * listed ({@code DRY RUN}) and compared with the published version's files, and if one of them would go the
 * table is not vacuumed at all.
 *
 * <p>Works in its own Spark session (sharing the application's context) so that the settings it needs —
 * no vacuum commits in the log, Delta's short-retention check off when the retention is below Delta's
 * default — never reach the pipeline's session. The caller holds the warehouse's writer lock: with no
 * writer running, no uncommitted file can be mistaken for a superseded one.
 */
public final class TableMaintenance {
  /** Delta's default {@code delta.deletedFileRetentionDuration}; a shorter VACUUM needs its check turned off. */
  static final long DELTA_DEFAULT_RETENTION_HOURS = 168;
  private static final String RETENTION_CHECK = "spark.databricks.delta.retentionDurationCheck.enabled";
  /**
   * How many tasks VACUUM lists and compares a table's files in. Spark's default (10,000, meant for discovering
   * the partitions of huge tables) turns every VACUUM of a small table into 10,000 tasks; unless the setting is
   * given explicitly, maintenance uses four per core of the session.
   */
  private static final String LISTING_PARALLELISM = "spark.sql.sources.parallelPartitionDiscovery.parallelism";

  private final SparkSession session;
  private final Configuration hadoop;
  private final Publication publication;
  private final RetentionRule retention;
  private final long minFilesToCompact;
  private final long rowsPerFile;
  private final Clock clock;

  public TableMaintenance(SparkSession spark, Publication publication, RetentionRule retention, long minFilesToCompact, long rowsPerFile,
      Clock clock) {
    this.session = spark.newSession();
    this.session.conf().set("spark.databricks.delta.vacuum.logging.enabled", "false");
    if (!spark.conf().contains(LISTING_PARALLELISM)) {
      this.session.conf().set(LISTING_PARALLELISM, Integer.toString(Math.max(4, 4 * spark.sparkContext().defaultParallelism())));
    }
    this.hadoop = spark.sparkContext().hadoopConfiguration();
    this.publication = publication;
    this.retention = retention;
    this.minFilesToCompact = minFilesToCompact;
    this.rowsPerFile = rowsPerFile;
    this.clock = clock;
  }

  /**
   * Compacts (when {@code compact} and the current version has at least the minimum number of files) and
   * vacuums the table {@code name} at {@code path}.
   */
  public TableMaintained maintain(String name, String path, boolean compact) {
    return maintain(name, path, compact, null);
  }

  /**
   * As {@link #maintain(String, String, boolean)}; with a {@code monthColumn} (a DATE column the nights
   * rewrite the table by) the compaction writes one file per month of that column ({@link MonthCompaction})
   * instead of {@code OPTIMIZE}'s bin-packing.
   */
  public TableMaintained maintain(String name, String path, boolean compact, String monthColumn) {
    String table = "delta.`" + path.replace("`", "``") + "`";
    DataFiles before = DataFiles.of(path, hadoop);
    long compactedFiles = 0;
    long compactedInto = 0;
    if (compact && currentFiles(table) >= minFilesToCompact) {
      if (monthColumn != null) {
        MonthCompaction.Result m = new MonthCompaction(session, rowsPerFile).compact(path, monthColumn);
        compactedFiles = m.filesRemoved();
        compactedInto = m.filesAdded();
      } else {
        Row m = session.sql("OPTIMIZE " + table).selectExpr("metrics.numFilesRemoved", "metrics.numFilesAdded").first();
        compactedFiles = m.getLong(0);
        compactedInto = m.getLong(1);
      }
    }
    DataFiles compacted = DataFiles.of(path, hadoop);

    TableHistory history = TableHistory.of(session, path);
    OptionalLong published = publication.publishedVersion(path);
    boolean pinnedBehind = published.isPresent() && published.getAsLong() < history.latestVersion();
    Instant now = clock.instant();
    long hours = retention.hours(pinnedBehind ? history.firstCommitAfter(published.getAsLong()) : java.util.Optional.empty(), now);
    String note = "";
    if (pinnedBehind && hours > retention.minimumHours()) {
      note = "retention raised to keep published version " + published.getAsLong();
    }
    session.conf().set(RETENTION_CHECK, Boolean.toString(hours >= DELTA_DEFAULT_RETENTION_HOURS));
    String vacuum = "VACUUM " + table + " RETAIN " + hours + " HOURS";
    boolean vacuumed = true;
    if (pinnedBehind) {
      long threatened = publishedFilesVacuumWouldRemove(path, vacuum, published.getAsLong());
      if (threatened > 0) {
        vacuumed = false;
        note = "vacuum skipped: it would remove " + threatened + " files of published version " + published.getAsLong();
      }
    }
    if (vacuumed) {
      // Delta prints "Deleted N files …" on Scala's console; keep stdout for socialbench's own summary lines.
      scala.Console.withOut(System.err, () -> session.sql(vacuum).collect());
    }
    DataFiles after = DataFiles.of(path, hadoop);
    return new TableMaintained(name, before, after, compactedFiles, compactedInto,
        compacted.files() - after.files(), compacted.bytes() - after.bytes(), hours, note);
  }

  private long currentFiles(String table) {
    return session.sql("DESCRIBE DETAIL " + table).select("numFiles").first().getLong(0);
  }

  /** How many files of the published version the vacuum would delete (its dry run against the version's files). */
  private long publishedFilesVacuumWouldRemove(String path, String vacuum, long version) {
    Set<String> pinned = new HashSet<>();
    for (String f : session.read().format("delta").option("versionAsOf", version).load(path).inputFiles()) {
      pinned.add(new Path(f).toUri().getPath());
    }
    long n = 0;
    for (Row r : session.sql(vacuum + " DRY RUN").collectAsList()) {
      if (pinned.contains(new Path(r.getString(0)).toUri().getPath())) n++;
    }
    return n;
  }
}
