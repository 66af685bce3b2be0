package socialbench.cli;

/**
 * Exit code and message of a subcommand whose issue has not landed yet. It never prints made-up output.
 */
final class NotBuiltYet {
  static final int EXIT_CODE = 2;

  private NotBuiltYet() {}

  static int report(String command, int issue, String what) {
    System.err.println(
        "socialbench " + command + ": not built yet — waits for issue #" + issue + " (" + what + ")");
    return EXIT_CODE;
  }
}
