package socialbench.land;

import java.io.PrintStream;

/** Progress of a land run on stderr: files done of total, and rows. */
final class Progress {
  private final PrintStream err;
  private final int every;

  Progress(PrintStream err, int every) {
    this.err = err;
    this.every = Math.max(1, every);
  }

  void files(int done, int total, long rows) {
    if (err != null && (done % every == 0 || done == total)) {
      err.printf("land: %d/%d files, %d rows%n", done, total, rows);
    }
  }

  void stage(String what) {
    if (err != null) err.println("land: " + what);
  }
}
