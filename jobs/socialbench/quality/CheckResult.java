package socialbench.quality;

/** The outcome of one check for one logical date. Status: pass, fail (blocking), warn, skipped. */
public record CheckResult(CheckSpec check, String status, long failingRows, String detail) {
  public boolean blocksPublication() {
    return "fail".equals(status);
  }
}
