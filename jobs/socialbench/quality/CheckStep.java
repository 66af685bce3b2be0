package socialbench.quality;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.Publication;
import socialbench.runtime.Settings;
import socialbench.runtime.Warehouse;

/**
 * The {@code check} step of a night: run every declared check and print them; if none that blocks
 * failed, publish the current version of every dw and bench table (write–audit–publish), otherwise
 * publish nothing and fail.
 */
public final class CheckStep {
  private final SparkSession spark;
  private final Settings settings;

  public CheckStep(SparkSession spark, Settings settings) {
    this.spark = spark;
    this.settings = settings;
  }

  /** Runs the checks; throws {@link BlockingCheckFailure} if any blocking check failed. */
  public List<CheckResult> run(LocalDate date, String runId, PrintStream out) {
    List<CheckResult> results = new QualityChecks(spark, settings).run(date, runId);
    QualityChecks.print(results, out);
    List<String> failed = results.stream().filter(CheckResult::blocksPublication).map(r -> r.check().id()).collect(Collectors.toList());
    if (!failed.isEmpty()) {
      throw new BlockingCheckFailure(failed.size() + " blocking check(s) failed for " + date + ": " + String.join(", ", failed)
          + "; nothing was published");
    }
    List<String> published = new Publication(Warehouse.of(settings), spark.sparkContext().hadoopConfiguration())
        .publish(List.of("dw", "bench"));
    out.println("published " + published.size() + " tables");
    return results;
  }

  /** A blocking quality check failed: the night must not publish. */
  public static final class BlockingCheckFailure extends RuntimeException {
    public BlockingCheckFailure(String message) {
      super(message);
    }
  }
}
