package socialbench.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.pipeline.Nightly;
import socialbench.runtime.RunLedger;
import socialbench.runtime.Settings;
import socialbench.runtime.SparkSessions;
import socialbench.runtime.WarehouseLock;

@Command(name = "backfill", mixinStandardHelpOptions = true,
    description = "Run every night from D1 to D2 in order in one Spark application; resumable: nights that already succeeded are skipped unless --force.")
public final class BackfillCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD") String fromText;

  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD") String toText;

  @Option(names = "--force", description = "Re-run nights that already succeeded.") boolean force;

  @Override
  public Integer call() {
    LocalDate from = StepCommand.parseDate("--from", fromText);
    LocalDate to = StepCommand.parseDate("--to", toText);
    if (to.isBefore(from)) throw new UserError("--to " + to + " is before --from " + from);
    Settings settings = common.settings();
    StepCommand.checkSettings(settings, Nightly.standardSteps()); // before the lock and Spark: salt, inbox, k
    try (WarehouseLock lock = WarehouseLock.acquire(settings, "backfill --from " + from + " --to " + to)) {
      SparkSession spark = SparkSessions.start(settings);
      RunLedger ledger = new RunLedger(spark, settings);
      Nightly nightly = new Nightly(spark, settings, Nightly.standardSteps(), System.err);
      int ran = 0;
      int skipped = 0;
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        if (!force && ledger.succeeded("nightly", d)) {
          System.err.println("backfill: " + d + " already succeeded, skipped");
          skipped++;
          continue;
        }
        try {
          nightly.run(d);
        } catch (Nightly.NightFailed e) {
          throw new UserError("stopped at " + d + " (" + ran + " nights done): " + e.getMessage()
              + "; fix it and run backfill again to resume");
        }
        ran++;
      }
      System.out.println("backfill " + from + " .. " + to + ": " + ran + " nights run, " + skipped + " skipped");
      return 0;
    }
  }
}
