package socialbench.cli;

import picocli.CommandLine;

/**
 * Turns an exception escaping a command into exit code 1 and a one-line reason on stderr (docs/design.md §3).
 * Set {@code SOCIALBENCH_DEBUG=1} to get the stack trace as well.
 */
final class OneLineErrorHandler implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
    if (ex instanceof UserError ue) {
      cmd.getErr().println("socialbench " + cmd.getCommandName() + ": " + ue.getMessage());
      return ue.exitCode();
    }
    Throwable root = ex;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String msg = String.valueOf(ex.getMessage() == null ? root.getMessage() : ex.getMessage());
    cmd.getErr().println("socialbench " + cmd.getCommandName() + ": " + firstLine(msg));
    if (System.getenv("SOCIALBENCH_DEBUG") != null) {
      ex.printStackTrace(cmd.getErr());
    }
    return 1;
  }

  static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
