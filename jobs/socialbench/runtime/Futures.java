package socialbench.runtime;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Waiting for work run on a pool (model and bench stages run independent models side by side). */
public final class Futures {
  private Futures() {}

  /** Waits for {@code run}; its failure (or the failure it waited on) surfaces as thrown by the work itself. */
  public static <T> T join(CompletableFuture<T> run) {
    try {
      return run.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }
}
