package socialbench.bench;

/** A dw table the bench stage reads does not exist yet (the model stage has not run). */
public final class MissingInputTable extends RuntimeException {
  public MissingInputTable(String table, String date) {
    super(table + " does not exist; run `socialbench model --date " + date + "` first");
  }
}
