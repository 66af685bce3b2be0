package socialbench.land;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.runtime.Settings;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * Landing throughput on native X tweet-activity exports (40 quoted columns, "123.0" numbers, "-" promoted
 * values) against Spark's bare CSV reader on the same files, both writing Parquet. Runs only with
 * SOCIALBENCH_BENCH=1 (e.g. {@code SOCIALBENCH_BENCH=1 mvn -o test -Dtest=LandingThroughputBench});
 * SOCIALBENCH_BENCH_ROWS sets the row count (default 1,000,000).
 */
@ExtendWith(SparkTestExtension.class)
class LandingThroughputBench {
  static final LocalDate DAY = LocalDate.of(2026, 11, 1);

  @Test
  void printsLandingRowsPerSecondNextToSparksCsvReader(TestWarehouse wh) throws IOException {
    assumeTrue("1".equals(System.getenv("SOCIALBENCH_BENCH")), "set SOCIALBENCH_BENCH=1 to run the landing benchmark");
    long rows = Long.parseLong(System.getenv().getOrDefault("SOCIALBENCH_BENCH_ROWS", "1000000"));
    int files = 100;
    Path inbox = wh.dir().resolve("inbox");
    long bytes = generate(inbox, files, rows / files);
    Settings settings = wh.settings().with("socialbench.inbox", inbox.toString());

    long tp = System.nanoTime();
    long parsed = 0;
    try (var list = Files.walk(inbox)) {
      for (Path p : (Iterable<Path>) list.filter(Files::isRegularFile)::iterator) {
        parsed += Parsing.one(Files.readAllBytes(p), "x").rowsLanded();
      }
    }
    double parseOnly = (System.nanoTime() - tp) / 1e9;

    long t0 = System.nanoTime();
    LandResult r = new Lander(wh.spark(), settings, null).land(DAY);
    double land = (System.nanoTime() - t0) / 1e9;

    StructType schema = new StructType();
    for (ColumnSpec c : Parsing.CATALOG.get("x_tweet_activity").columns()) {
      // "2633.0" is not a valid BIGINT for Spark's reader, so numbers are read as DOUBLE there
      boolean text = c.type() == ColumnType.STRING || c.type() == ColumnType.TIMESTAMP;
      schema = schema.add(c.name(), text ? DataTypes.StringType : DataTypes.DoubleType);
    }
    long t1 = System.nanoTime();
    wh.spark().read().option("header", "true").schema(schema).csv(inbox + "/*/x/" + DAY + "/*.csv")
        .write().mode("overwrite").parquet(wh.dir().resolve("spark-csv-out").toString());
    double spark = (System.nanoTime() - t1) / 1e9;

    System.out.printf(Locale.ROOT,
        "landing benchmark: %d rows in %d files (%.0f MB of X tweet activity CSV)%n"
            + "  socialbench land : %.1f s, %.0f rows/s (%d landed, %d rejected)%n"
            + "  spark csv reader : %.1f s, %.0f rows/s (read with explicit schema + write Parquet)%n"
            + "  ratio            : %.2f%n"
            + "  (parse only, plain Java on one thread, no Spark: %.1f s, %.0f rows/s)%n",
        r.rowsRead(), files, bytes / 1e6, land, r.rowsLanded() / land, r.rowsLanded(), r.rowsRejected(), spark, rows / spark, spark / land, parseOnly, parsed / parseOnly);
  }

  /** X tweet activity exports: one file per org, every field quoted, numbers like "123.0". */
  static long generate(Path inbox, int files, long rowsPerFile) throws IOException {
    Random random = new Random(42);
    long bytes = 0;
    String header =
        String.join(",", Parsing.CATALOG.get("x_tweet_activity").columns().stream()
            .map(c -> "\"" + (c.name().equals("published_at") ? "time" : c.name().replace('_', ' ')) + "\"").toList());
    for (int f = 0; f < files; f++) {
      Path dir = Files.createDirectories(inbox.resolve(String.format("org-%03d/x/%s", f, DAY)));
      Path file = dir.resolve("tweet_activity_metrics.csv");
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        w.write(header);
        w.write('\n');
        StringBuilder sb = new StringBuilder(600);
        for (long i = 0; i < rowsPerFile; i++) {
          sb.setLength(0);
          long id = 1850000000000000000L + f * 10_000_000L + i;
          sb.append('"').append(id).append("\",\"https://twitter.com/org").append(f).append("/status/").append(id)
              .append("\",\"Post number ").append(i).append(" about health, with a comma\",\"2026-10-")
              .append(String.format("%02d", 1 + (int) (i % 28))).append(' ').append(i % 24).append(":00 +0000\"");
          int impressions = 100 + random.nextInt(10000);
          sb.append(",\"").append(impressions).append(".0\",\"").append(random.nextInt(200)).append(".0\",\"")
              .append(random.nextDouble() / 10).append('"');
          for (int k = 0; k < 15; k++) sb.append(",\"").append(random.nextInt(50)).append(".0\"");
          for (int k = 0; k < 18; k++) sb.append(",\"-\"");
          sb.append('\n');
          w.append(sb);
        }
      }
      bytes += Files.size(file);
    }
    return bytes;
  }
}
