package socialbench.perf;

import java.time.LocalDate;
import java.util.List;

/**
 * One measured night: the history it ran on (its length, the bulk nights that built it and how long
 * they took) and its stages as ops.runs recorded them, the whole night last.
 */
public record NightMeasurement(int historyDays, LocalDate night, HistoryPlan history, double historySeconds, List<StageFigure> stages) {

  public StageFigure stage(String name) {
    return stages.stream().filter(s -> s.stage().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no stage " + name));
  }
}
