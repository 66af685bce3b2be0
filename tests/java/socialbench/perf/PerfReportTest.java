package socialbench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figure lines and ratios from hand-made measurements (no Spark). */
class PerfReportTest {
  private static final LocalDate NIGHT = LocalDate.of(2026, 10, 1);

  private static NightMeasurement night(int days, double nightSeconds, double landSeconds) {
    return new NightMeasurement(days, NIGHT, HistoryPlan.before(NIGHT, days), 100, List.of(
        new StageFigure("land", landSeconds, 12, 3.5, 40_000, 39_000),
        new StageFigure("model", 20, 30, 3.5, 0, 50_000),
        new StageFigure("bench", 10, 15, 3.5, 0, 2_000),
        new StageFigure("check", 4, 5, 3.5, 40, 40),
        new StageFigure("night", nightSeconds, 62, 3.5, 40_000, 91_040)));
  }

  private static PerfReport report(double scale, double nightSeconds365, SparkCsvBaseline.Result csv) {
    PerfOptions options = new PerfOptions(scale, 365, 30, NIGHT, 42, 0, Path.of("perf"), Path.of("perf/x.json"), true);
    PerfInbox.Result inbox = new PerfInbox.Result(Path.of("/perf/inbox"), true, 0);
    return new PerfReport(new Perf.PerfResult(options, 250, inbox, List.of(night(30, 40, 8), night(365, nightSeconds365, 10)), csv, 1.5, 2.5));
  }

  @Test
  void printsEveryStageWithScaleHistoryAndRowsPerSecond() {
    List<String> lines = report(1, 44, null).lines();
    assertEquals("perf scale=1 history_days=365 night=2026-10-01 stage=land wall_s=10.0 cpu_s=12.0 load=3.50 rows_in=40000 rows_out=39000 rows_per_s=4000",
        lines.get(8));
    assertEquals("perf scale=1 history_days=365 night=2026-10-01 stage=model wall_s=20.0 cpu_s=30.0 load=3.50 rows_in=0 rows_out=50000 rows_per_s=2500",
        lines.get(9));
    assertEquals("perf scale=1 history_days=365 night=2026-10-01 stage=night wall_s=44.0 cpu_s=62.0 load=3.50 rows_in=40000 rows_out=91040 rows_per_s=909 target_s<=60 met=yes",
        lines.get(12));
    assertEquals("perf scale=1 history_days=30 night=2026-10-01 stage=history bulk_nights=2 wall_s=100.0", lines.get(1));
  }

  @Test
  void theHistoryRatioIsTheLongNightOverTheBaselineNight() {
    List<String> lines = report(0.1, 52, null).lines();
    assertEquals("perf scale=0.1 stage=night ratio=history_365d_over_30d value=1.30 target<=1.25 met=no", lines.get(lines.size() - 1));
  }

  @Test
  void theLandingRatioIsLandingRowsPerSecondOverSparksCsvReader() {
    // landing 40,000 rows in 10 s = 4,000 rows/s; Spark 30,000 rows in 5 s = 6,000 rows/s
    List<String> lines = report(0.1, 44, new SparkCsvBaseline.Result(300, 30_000, 5, 6)).lines();
    assertEquals("perf scale=0.1 history_days=365 night=2026-10-01 stage=spark_csv files=300 formats=6 wall_s=5.0 rows_in=30000 rows_out=30000 rows_per_s=6000",
        lines.get(lines.size() - 3));
    assertEquals("perf scale=0.1 stage=land ratio=land_over_spark_csv value=0.67 target>=0.50 met=yes", lines.get(lines.size() - 1));
  }
}
