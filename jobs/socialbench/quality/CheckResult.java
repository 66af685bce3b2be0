package socialbench.quality;

/** The outcome of one check for one logical date. */
public record CheckResult(CheckSpec check, CheckStatus status, long failingRows, String detail) {
  public boolean blocksPublication() {
    return status == CheckStatus.FAIL;
  }
}
