package socialbench.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.perf.Perf;
import socialbench.perf.PerfOptions;

@Command(name = "perf", mixinStandardHelpOptions = true,
    description = "Performance benchmark at a scale factor; prints figures (docs/design.md §11). Uses its own inbox and warehouses under --workdir (--inbox and --warehouse are ignored).")
public final class PerfCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--scale", defaultValue = "1", description = "Scale factor: SF1 = 250 organizations × 4 platforms (default ${DEFAULT-VALUE}).")
  double scale;

  @Option(names = "--history-days", defaultValue = "365", description = "Days of history before the measured night (default ${DEFAULT-VALUE}).")
  int historyDays;

  @Option(names = "--baseline-days", defaultValue = "30",
      description = "Shorter history the night is compared with (default ${DEFAULT-VALUE}; 0 or ≥ --history-days: no comparison).")
  int baselineDays;

  @Option(names = "--daily-nights", defaultValue = "0",
      description = "Run the last N days of each history as daily nights, as a schedule does, after bulk nights for the days before"
          + " (default ${DEFAULT-VALUE}: bulk nights only). Shows costs that grow night after night.")
  int dailyNights;

  @Option(names = "--night", defaultValue = "2026-10-01", description = "Date of the measured night (default ${DEFAULT-VALUE}).")
  LocalDate night;

  @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--dirty", defaultValue = "0", description = "Share of messy inputs in the generated inbox (default ${DEFAULT-VALUE}).")
  double dirty;

  @Option(names = "--workdir", paramLabel = "DIR", defaultValue = "perf", description = "Inbox, warehouses and JSON go here (default ${DEFAULT-VALUE}).")
  Path workdir;

  @Option(names = "--json", paramLabel = "FILE", description = "Where the figures go as JSON (default WORKDIR/perf-sfSCALE-hDAYS.json).")
  Path json;

  @Option(names = "--no-spark-csv", negatable = false, description = "Skip timing Spark's bare CSV reader on the night's files.")
  boolean noSparkCsv;

  @Option(names = "--cold-nights", split = ",", paramLabel = "WAY",
      description = "Run the measured night again in new processes, on a copy of the warehouse as it was before it: nightly (one"
          + " process), dag_steps (land, model, bench, check: one process each, as the Airflow DAG), or none (default nightly,dag_steps).")
  java.util.List<String> coldNights = PerfOptions.COLD_NIGHTS;

  @Option(names = "--cold-jvm-option", paramLabel = "OPTION",
      description = "A JVM option for the new JVMs perf starts (cold nights, cold starts), after this JVM's own; repeat for several"
          + " (for example --cold-jvm-option=-XX:TieredStopAtLevel=1). Recorded in the JSON.")
  java.util.List<String> coldJvmOptions = new java.util.ArrayList<>();

  @Override
  public Integer call() {
    PerfOptions options;
    try {
      Path out = json != null ? json : workdir.resolve("perf-sf" + scale + "-h" + historyDays + ".json");
      options = new PerfOptions(scale, historyDays, baselineDays, night, seed, dirty, workdir, out, !noSparkCsv, coldNights, coldJvmOptions, dailyNights);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    new Perf(options, common.settings(), System.out, System.err).run();
    return 0;
  }
}
