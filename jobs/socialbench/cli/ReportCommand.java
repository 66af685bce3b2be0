package socialbench.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true, description = "Write a self-contained HTML benchmark report for one organization.")
public final class ReportCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--org", required = true) String org;
  @Option(names = "--month", required = true, paramLabel = "YYYY-MM") String month;
  @Option(names = "--out", paramLabel = "FILE.html") java.nio.file.Path out;

  @Override
  public Integer call() {
    return NotBuiltYet.report("report", 9, "the client report");
  }
}
