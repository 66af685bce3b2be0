package socialbench.perf;

import com.typesafe.config.ConfigRenderOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.Settings;

/**
 * The measured night again in cold processes, the way production runs it: one {@code nightly} process (cron,
 * {@code bin/socialbench nightly}) and the DAG's four steps, one process each (Airflow starts a
 * {@code spark-submit} per task; Airflow's own scheduling between tasks is not counted). Each way runs on its
 * own copy of the warehouse as it was before the night ({@link #copy}, taken right after the history was
 * built), with the perf run's settings, so its figures compare with the warm night's: the same files, the same
 * state, a new JVM that starts Spark and compiles the hot paths again.
 *
 * <p>For each way: the wall time from launching the first process to the exit of the last (what the night
 * costs), each step's own time as its {@code ops.runs} row records it, and the rest as start-up (JVM, Spark
 * session, lock, ledger).
 */
final class ColdNights {
  /** How a night is run: a name for the figures and the commands, one process each, in order. */
  enum Way {
    NIGHTLY("nightly", List.of("nightly")),
    DAG_STEPS("dag_steps", RunsReader.STAGES);

    final String label;
    final List<String> commands;

    Way(String label, List<String> commands) {
      this.label = label;
      this.commands = commands;
    }

    static Way parse(String s) {
      for (Way w : values()) if (w.label.equals(s) || w.name().equalsIgnoreCase(s)) return w;
      throw new IllegalArgumentException("--cold-nights takes nightly, dag_steps or none; got '" + s + "'");
    }
  }

  /** One way's night: wall from first launch to last exit, and each step's seconds as the copy's ops.runs recorded them. */
  record Result(Way way, int historyDays, double wallSeconds, Map<String, Double> stepSeconds) {
    double startupSeconds() {
      return wallSeconds - stepSeconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }
  }

  private final Settings settings;
  private final Path scratch;
  private final List<String> jvmOptions;
  private final PrintStream progress;

  ColdNights(Settings settings, Path scratch, List<String> jvmOptions, PrintStream progress) {
    this.settings = settings;
    this.scratch = scratch;
    this.jvmOptions = jvmOptions;
    this.progress = progress;
  }

  /** Where way {@code w}'s copy of the {@code days}-day warehouse goes. */
  Path copyOf(Way w, int days) {
    return scratch.resolve("cold-" + w.label + "-h" + days);
  }

  /** Copies {@code warehouse} (its state before the measured night) for each way. */
  void copy(Path warehouse, int days, List<Way> ways) {
    for (Way w : ways) {
      Path target = copyOf(w, days);
      try {
        PerfInbox.deleteTree(target);
        try (Stream<Path> s = Files.walk(warehouse)) {
          for (Path p : s.toList()) {
            Path to = target.resolve(warehouse.relativize(p).toString());
            if (Files.isDirectory(p)) Files.createDirectories(to);
            else Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot copy " + warehouse + " to " + target + ": " + e.getMessage(), e);
      }
    }
  }

  /** Runs night {@code night} each way on its copy; the perf session reads each copy's ops.runs by path. */
  List<Result> run(SparkSession spark, LocalDate night, Path inbox, int days, List<Way> ways) {
    List<Result> out = new ArrayList<>();
    if (ways.isEmpty()) return out;
    Path conf = writeConf();
    try {
      for (Way w : ways) {
        Path warehouse = copyOf(w, days);
        progress.printf("perf: the night of %s as cold processes (%s: %s) on a copy of the %d-day warehouse …%n",
            night, w.label, String.join(", ", w.commands), days);
        long t0 = System.nanoTime();
        for (String command : w.commands) launch(command, night, inbox, warehouse, conf);
        double wall = (System.nanoTime() - t0) / 1e9;
        String runs = "delta.`" + warehouse.resolve("ops.db").resolve("runs") + "`";
        out.add(new Result(w, days, wall, new RunsReader(spark, runs).stepSeconds(night)));
      }
    } finally {
      try {
        Files.deleteIfExists(conf);
      } catch (IOException e) {
        progress.println("perf: could not delete " + conf + ": " + e.getMessage());
      }
    }
    return out;
  }

  /**
   * The perf run's socialbench settings as a {@code --conf} file for the child processes (the salt included,
   * so the file is readable by its owner only); Spark settings go as {@code -D} options ({@link #launch}).
   */
  private Path writeConf() {
    try {
      Files.createDirectories(scratch);
      Path file = Files.createTempFile(scratch, "cold-night-", ".conf",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      String socialbench = settings.config().getConfig("socialbench").atKey("socialbench").root()
          .render(ConfigRenderOptions.concise().setJson(false));
      Files.writeString(file, socialbench + "\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the cold nights' settings under " + scratch + ": " + e.getMessage(), e);
    }
  }

  private void launch(String command, LocalDate night, Path inbox, Path warehouse, Path conf) {
    List<String> cmd = NewJvm.socialbench(jvmOptions, List.of(command, "--date", night.toString(), "--inbox", inbox.toString(),
        "--warehouse", warehouse.toString(), "--conf", conf.toString()));
    settings.sparkConf().forEach((k, v) -> cmd.add("-D" + k + "=" + v));
    Path log = warehouse.resolveSibling(warehouse.getFileName() + "-" + command + ".log");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    // The --conf file carries the perf run's effective settings, its salt included; without the variable the
    // child's settings come from that file alone, as the figures assume.
    pb.environment().remove("SOCIALBENCH_HASH_SALT");
    try {
      Process p = pb.start();
      int exit = p.waitFor();
      if (exit != 0) {
        throw new IllegalStateException("socialbench " + command + " --date " + night + " exited with " + exit + " on " + warehouse
            + " (its output: " + log + ")");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start socialbench " + command + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while socialbench " + command + " ran", e);
    }
  }

  /**
   * One line per way: wall, each step's own seconds, start-up; the §11 target on the cold nightly process.
   * {@code prefix} names the scale, the history and the night.
   */
  static List<String> lines(String prefix, List<Result> results, java.util.OptionalDouble target) {
    List<String> out = new ArrayList<>();
    for (Result r : results) {
      StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%s stage=cold_night way=%s processes=%d wall_s=%.1f",
          prefix, r.way().label, r.way().commands.size(), r.wallSeconds()));
      r.stepSeconds().forEach((step, sec) -> s.append(String.format(Locale.ROOT, " %s_s=%.1f", step, sec)));
      s.append(String.format(Locale.ROOT, " startup_s=%.1f", r.startupSeconds()));
      if (r.way() == Way.NIGHTLY && target.isPresent()) {
        s.append(String.format(Locale.ROOT, " target_s<=%.0f met=%s", target.getAsDouble(), r.wallSeconds() <= target.getAsDouble() ? "yes" : "no"));
      }
      out.add(s.toString());
    }
    return out;
  }

  /** The same figures for the perf JSON. */
  static List<Object> json(List<Result> results) {
    List<Object> out = new ArrayList<>();
    for (Result r : results) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("history_days", r.historyDays());
      m.put("way", r.way().label);
      m.put("commands", r.way().commands);
      m.put("wall_s", r.wallSeconds());
      m.put("step_s", r.stepSeconds());
      m.put("startup_s", r.startupSeconds());
      out.add(m);
    }
    return out;
  }
}
