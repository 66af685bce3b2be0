package socialbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code bin/socialbench}: registers one small command class per subcommand (docs/design.md §3). */
@Command(
    name = "socialbench",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Batch data warehouse and privacy-safe benchmarks for social-media analytics.",
    subcommands = {
      DemoCommand.class,
      GenerateCommand.class,
      LandCommand.class,
      ModelCommand.class,
      BenchCommand.class,
      CheckCommand.class,
      NightlyCommand.class,
      BackfillCommand.class,
      SqlCommand.class,
      ServeSqlCommand.class,
      ReportCommand.class,
      ExportCommand.class,
      AirflowCommand.class,
      PerfCommand.class,
      MaintainCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    int code = run(args);
    System.out.flush();
    System.err.flush();
    System.exit(code);
  }

  /** Runs the command line and returns its exit code; used by tests and by {@link #main}. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(new OneLineErrorHandler());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli.execute(args);
  }
}
