package socialbench.perf;

import java.time.LocalDate;
import java.util.List;

/**
 * One measured night: the history it ran on (its length, the bulk nights that built it and how long
 * they took, the wall seconds of each of its daily nights) and its stages as ops.runs recorded them, the
 * whole night last.
 */
public record NightMeasurement(int historyDays, LocalDate night, HistoryPlan history, double historySeconds, List<StageFigure> stages,
    List<Double> dailySeconds) {

  /** A history of bulk nights only. */
  public NightMeasurement(int historyDays, LocalDate night, HistoryPlan history, double historySeconds, List<StageFigure> stages) {
    this(historyDays, night, history, historySeconds, stages, List.of());
  }

  public NightMeasurement {
    dailySeconds = List.copyOf(dailySeconds);
  }

  public StageFigure stage(String name) {
    return stages.stream().filter(s -> s.stage().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no stage " + name));
  }
}
