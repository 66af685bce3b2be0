package socialbench.land;

/**
 * A record iterator met a limit of {@link LandLimits} (a field too long): the member is rejected with
 * this reason. Unchecked because it is thrown from {@link java.util.Iterator#next()}.
 */
final class LimitExceeded extends RuntimeException {
  LimitExceeded(String reason) {
    super(reason, null, false, false);
  }

  String reason() {
    return getMessage();
  }
}
