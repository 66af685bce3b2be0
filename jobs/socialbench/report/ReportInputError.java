package socialbench.report;

/** The report cannot be written for what was asked (unknown organization, month without published data). */
public final class ReportInputError extends RuntimeException {
  public ReportInputError(String message) {
    super(message);
  }
}
