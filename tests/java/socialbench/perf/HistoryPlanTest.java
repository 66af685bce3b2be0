package socialbench.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryPlanTest {
  private static final LocalDate NIGHT = LocalDate.of(2026, 10, 1);

  @Test
  void aYearBeforeOctoberFirstIsThirteenBulkNightsEndingOnEachSeventhAndOnTheLastDay() {
    HistoryPlan plan = HistoryPlan.before(NIGHT, 365);
    assertEquals(LocalDate.of(2025, 10, 1), plan.firstDay());
    assertEquals(13, plan.chunks().size());
    assertEquals(new HistoryPlan.Chunk(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 7)), plan.chunks().get(0));
    assertEquals(new HistoryPlan.Chunk(LocalDate.of(2025, 10, 8), LocalDate.of(2025, 11, 7)), plan.chunks().get(1));
    assertEquals(new HistoryPlan.Chunk(LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 30)), plan.chunks().get(12));
    assertEquals(List.of(6, 30), plan.chunks().subList(0, 2).stream().map(HistoryPlan.Chunk::lookbackDays).toList());
    assertEquals(365, plan.chunks().stream().mapToInt(c -> c.lookbackDays() + 1).sum());
  }

  @Test
  void thirtyDaysBeforeOctoberFirstAreSeptemberInTwoBulkNights() {
    assertEquals(
        List.of(new HistoryPlan.Chunk(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 7)),
            new HistoryPlan.Chunk(LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 30))),
        HistoryPlan.before(NIGHT, 30).chunks());
  }

  @Test
  void twoDaysOfHistoryAreOneBulkNightLookingBackOneDay() {
    List<HistoryPlan.Chunk> chunks = HistoryPlan.before(NIGHT, 2).chunks();
    assertEquals(List.of(new HistoryPlan.Chunk(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 9, 30))), chunks);
    assertEquals(1, chunks.get(0).lookbackDays());
  }

  @Test
  void aFirstChunkShorterThanAWeekJoinsTheNextSoTheFirstBulkNightHasAWeeklyReferenceExport() {
    // 26 days before October 1st start on Saturday September 5th: 5th..7th alone would be three days
    assertEquals(List.of(new HistoryPlan.Chunk(LocalDate.of(2026, 9, 5), LocalDate.of(2026, 9, 30))), HistoryPlan.before(NIGHT, 26).chunks());
  }

  @Test
  void dailyNightsRunTheLastDaysOneNightEachAfterBulkNightsForTheDaysBefore() {
    HistoryPlan plan = HistoryPlan.before(NIGHT, 30, 20);
    // September 1st to 10th in bulk nights (ending on the 7th and on the 10th), then the 11th to the 30th
    assertEquals(List.of(new HistoryPlan.Chunk(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 7)),
        new HistoryPlan.Chunk(LocalDate.of(2026, 9, 8), LocalDate.of(2026, 9, 10))), plan.chunks().subList(0, 2));
    assertEquals(22, plan.chunks().size());
    assertEquals(20, plan.dailyNights());
    assertEquals(new HistoryPlan.Chunk(LocalDate.of(2026, 9, 11), LocalDate.of(2026, 9, 11), true), plan.chunks().get(2));
    assertEquals(new HistoryPlan.Chunk(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 30), true), plan.chunks().get(21));
    assertEquals(30, plan.chunks().stream().mapToInt(c -> c.lookbackDays() + 1).sum());
    assertEquals(23, HistoryPlan.before(NIGHT, 30, 23).dailyNights());
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> HistoryPlan.before(NIGHT, 30, 24));
    assertEquals("daily nights must leave the history's first week to a bulk night: 24 of 30 days", e.getMessage());
  }
}
