package socialbench.perf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@code perf} reaches N days of history without running N nights: the N days before the measured
 * night are split into chunks that end on the 7th of each month (and on the last history day), and each
 * chunk is one real night of the standard pipeline for its last day, whose landing picks up the chunk's
 * earlier days as late files (lookback widened to the chunk). A chunk ending on the 7th makes that night's
 * bench recompute the previous month as final and the current one, so every month of the history is
 * benchmarked the way a daily schedule leaves it. A first chunk shorter than a week is joined to the next
 * one, so the first bulk night always carries a weekly reference export (pages, organizations) and the
 * quality checks of that night can pass.
 */
public record HistoryPlan(LocalDate night, int days, List<Chunk> chunks) {

  /** One bulk night: landing {@code last} with a lookback of {@code lookbackDays} covers [first, last]. */
  public record Chunk(LocalDate first, LocalDate last) {
    public int lookbackDays() {
      return (int) (last.toEpochDay() - first.toEpochDay());
    }
  }

  public static HistoryPlan before(LocalDate night, int days) {
    if (days < 1) throw new IllegalArgumentException("history must be at least one day, got " + days);
    LocalDate first = night.minusDays(days);
    LocalDate lastDay = night.minusDays(1);
    List<Chunk> chunks = new ArrayList<>();
    LocalDate start = first;
    for (LocalDate d = first; !d.isAfter(lastDay); d = d.plusDays(1)) {
      if (d.getDayOfMonth() == 7 || d.equals(lastDay)) {
        chunks.add(new Chunk(start, d));
        start = d.plusDays(1);
      }
    }
    if (chunks.size() > 1 && chunks.get(0).lookbackDays() + 1 < 7) {
      chunks.set(1, new Chunk(chunks.get(0).first(), chunks.get(1).last()));
      chunks.remove(0);
    }
    return new HistoryPlan(night, days, List.copyOf(chunks));
  }

  public LocalDate firstDay() {
    return night.minusDays(days);
  }
}
