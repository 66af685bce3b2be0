package socialbench.sql;

import java.util.function.Supplier;

/**
 * Whether the {@link AnalystPolicy} applies to the statements of the current thread. The SQL server
 * enforces it for every thread ({@link #enforceEverywhere()}); {@code socialbench sql} enforces it on the
 * thread that runs the analyst's statements ({@link #asAnalyst}). The process's own catalog work (views
 * pinned to published versions, the analyst views) runs {@link #asOperator} and is never checked.
 */
public final class AnalystMode {
  private enum Mode { ANALYST, OPERATOR }

  private static final ThreadLocal<Mode> MODE = new ThreadLocal<>();
  private static volatile boolean everywhere;
  private static volatile Runnable beforeStatement = () -> {};

  private AnalystMode() {}

  /** From now on every thread of this JVM is an analyst's, except inside {@link #asOperator}. */
  public static void enforceEverywhere() {
    everywhere = true;
  }

  /** Runs before each analyst statement is checked (the SQL server follows the newest publication here). */
  public static void beforeEachStatement(Runnable r) {
    beforeStatement = r;
  }

  static boolean enforcedHere() {
    Mode m = MODE.get();
    return m == Mode.ANALYST || (m == null && everywhere);
  }

  static void runBeforeStatement() {
    asOperator(() -> {
      beforeStatement.run();
      return null;
    });
  }

  public static <T> T asAnalyst(Supplier<T> work) {
    return in(Mode.ANALYST, work);
  }

  public static <T> T asOperator(Supplier<T> work) {
    return in(Mode.OPERATOR, work);
  }

  private static <T> T in(Mode mode, Supplier<T> work) {
    Mode before = MODE.get();
    MODE.set(mode);
    try {
      return work.get();
    } finally {
      if (before == null) MODE.remove(); else MODE.set(before);
    }
  }
}
