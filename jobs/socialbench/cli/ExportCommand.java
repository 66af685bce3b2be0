package socialbench.cli;

import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.bench.BenchSettings;
import socialbench.export.AgencyExport;
import socialbench.export.ExportInputError;
import socialbench.export.ExportManifest;
import socialbench.runtime.SparkSessions;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Write a Parquet extract of an agency's clients plus anonymous cohort statistics.")
public final class ExportCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--agency", required = true, description = "Agency id (dw.dim_organization.agency_id).") String agency;
  @Option(names = "--month", required = true, paramLabel = "YYYY-MM") String month;
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Destination directory (replaced atomically).") java.nio.file.Path out;

  @Override
  public Integer call() {
    YearMonth ym = ReportCommand.parseMonth(month);
    ExportManifest m;
    try {
      int k = BenchSettings.from(common.settings()).minCohortOrgs();
      m = new AgencyExport(SparkSessions.startReader(common.settings()), k).run(agency, ym, out);
    } catch (ExportInputError | IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    System.out.println("export " + agency + " " + ym + ": " + m.organizations().size() + " organizations -> " + out);
    m.rows().forEach((table, n) -> System.out.println("  " + table + ": " + n + " rows"));
    return 0;
  }
}
