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
 *
 * <p>With daily nights, the last of those days are run as a schedule runs them instead: one ordinary night
 * per day (the configured lookback), after the bulk nights of the days before. Bulk nights write month-wide
 * slices; what only a run of daily nights shows (files and copies that accumulate night after night) needs
 * them.
 */
public record HistoryPlan(LocalDate night, int days, List<Chunk> chunks) {

  /**
   * One night of the history: a bulk night (landing {@code last} with a lookback of {@code lookbackDays} covers
   * [first, last]) or a daily one (the night of {@code last} as the schedule runs it; {@code first == last}).
   */
  public record Chunk(LocalDate first, LocalDate last, boolean daily) {
    public Chunk(LocalDate first, LocalDate last) {
      this(first, last, false);
    }

    public int lookbackDays() {
      return (int) (last.toEpochDay() - first.toEpochDay());
    }
  }

  public static HistoryPlan before(LocalDate night, int days) {
    return before(night, days, 0);
  }

  /** The history of {@code days} days before {@code night}, its last {@code dailyNights} days as daily nights. */
  public static HistoryPlan before(LocalDate night, int days, int dailyNights) {
    if (days < 1) throw new IllegalArgumentException("history must be at least one day, got " + days);
    if (dailyNights < 0 || (dailyNights > 0 && dailyNights > days - 7)) {
      throw new IllegalArgumentException("daily nights must leave the history's first week to a bulk night: "
          + dailyNights + " of " + days + " days");
    }
    LocalDate first = night.minusDays(days);
    LocalDate lastDay = night.minusDays(1 + dailyNights);
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
    for (LocalDate d = lastDay.plusDays(1); d.isBefore(night); d = d.plusDays(1)) chunks.add(new Chunk(d, d, true));
    return new HistoryPlan(night, days, List.copyOf(chunks));
  }

  public long dailyNights() {
    return chunks.stream().filter(Chunk::daily).count();
  }

  public LocalDate firstDay() {
    return night.minusDays(days);
  }
}
