package socialbench.land;

/** A row-level problem: the row goes to ops.rejected_rows with this reason; the rest of the file lands. */
public final class RowRejection extends Exception {
  public RowRejection(String reason) {
    super(reason, null, false, false);
  }

  public String reason() {
    return getMessage();
  }
}
