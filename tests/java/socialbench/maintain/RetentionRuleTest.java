package socialbench.maintain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetentionRuleTest {
  private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

  @Test
  void withReadersOnTheLatestVersionTheRetentionIsTheConfiguredOne() {
    assertEquals(168, RetentionRule.days(7).hours(Optional.empty(), NOW));
    assertEquals(0, RetentionRule.days(0).hours(Optional.empty(), NOW));
  }

  @Test
  void aPublishedVersionSupersededLongerAgoThanTheRetentionRaisesItToThatAgePlusOneHour() {
    // superseded 200 h ago: 200 + 1 > 168
    assertEquals(201, RetentionRule.days(7).hours(Optional.of(NOW.minus(Duration.ofHours(200))), NOW));
    // 30 h 1 s ago: rounded up to 31 h, + 1
    assertEquals(32, RetentionRule.days(0).hours(Optional.of(NOW.minus(Duration.ofHours(30).plusSeconds(1))), NOW));
    // 10 minutes ago with retention 0: 1 h + 1 h
    assertEquals(2, RetentionRule.days(0).hours(Optional.of(NOW.minus(Duration.ofMinutes(10))), NOW));
    // committed this very second (maintain right after a night): still 1 h + 1 h, never less
    assertEquals(2, RetentionRule.days(0).hours(Optional.of(NOW), NOW));
    assertEquals(2, RetentionRule.days(0).hours(Optional.of(NOW.plusMillis(400)), NOW));
  }

  @Test
  void aPublishedVersionSupersededWithinTheRetentionLeavesItAsItIs() {
    assertEquals(168, RetentionRule.days(7).hours(Optional.of(NOW.minus(Duration.ofHours(30))), NOW));
  }

  @Test
  void aNegativeRetentionIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RetentionRule(-24));
    assertEquals("retention must be 0 hours or more, got -24", e.getMessage());
  }
}
