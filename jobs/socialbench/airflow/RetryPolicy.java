package socialbench.airflow;

import java.time.Duration;

/**
 * How long to keep asking while a DAG is not parsed yet (Airflow answers 404 for a DAG file the
 * dag-processor has not read) or the server is busy (503): {@code attempts} calls, the wait doubling from {@code firstDelay} up to
 * {@code maxDelay}.
 */
public record RetryPolicy(int attempts, Duration firstDelay, Duration maxDelay) {

  /** 8 calls over about 1 + 2 + 4 + 8 + 15 + 15 + 15 = 60 seconds: two dag-processor refreshes or more. */
  public static final RetryPolicy DAG_NOT_PARSED_YET = new RetryPolicy(8, Duration.ofSeconds(1), Duration.ofSeconds(15));

  public RetryPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1, got " + attempts);
    }
  }

  Duration delayBefore(int attempt) {
    long millis = firstDelay.toMillis() << Math.min(attempt - 2, 20);
    return Duration.ofMillis(Math.min(millis, maxDelay.toMillis()));
  }
}
