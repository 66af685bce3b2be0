package socialbench.export;

/** The extract cannot be written for what was asked (unknown agency, month without data, occupied directory). */
public final class ExportInputError extends RuntimeException {
  public ExportInputError(String message) {
    super(message);
  }
}
