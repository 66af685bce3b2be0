package socialbench.sql;

/** A statement the {@link AnalystPolicy} does not let an analyst run; nothing was executed. */
public final class AnalystRefusal extends RuntimeException {
  static final String RULE = "analysts may run queries only (SELECT, WITH, SHOW, DESCRIBE, EXPLAIN, SET of display settings)";

  AnalystRefusal(String what) {
    super("refused: " + what + "; " + RULE);
  }
}
