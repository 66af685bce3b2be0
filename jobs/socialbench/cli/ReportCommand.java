package socialbench.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.bench.BenchSettings;
import socialbench.report.ClientReport;
import socialbench.report.HtmlReportWriter;
import socialbench.report.ReportFile;
import socialbench.report.ReportInputError;
import socialbench.report.ReportLoader;
import socialbench.runtime.Settings;
import socialbench.runtime.SparkSessions;

@Command(name = "report", mixinStandardHelpOptions = true, description = "Write a self-contained HTML benchmark report for one organization.")
public final class ReportCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--org", required = true, description = "Organization id (dw.dim_organization.org_id).") String org;
  @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "Month of the report.") String month;
  @Option(names = "--out", paramLabel = "FILE.html", description = "Output file (default report-ORG-YYYY-MM.html).") Path out;

  @Override
  public Integer call() {
    YearMonth ym = parseMonth(month);
    Settings settings = common.settings();
    int k;
    try {
      k = BenchSettings.from(settings).minCohortOrgs();
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    Path target = out != null ? out : Path.of("report-" + org + "-" + ym + ".html");
    SparkSession spark = SparkSessions.startReader(settings);
    ClientReport report;
    try {
      report = new ReportLoader(spark, k).load(org, ym);
    } catch (ReportInputError e) {
      throw new UserError(e.getMessage());
    }
    ReportFile.write(target, HtmlReportWriter.render(report));
    System.out.println("report " + org + " " + ym + ": " + report.pages().size() + " pages -> " + target);
    return 0;
  }

  static YearMonth parseMonth(String month) {
    try {
      return YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new UserError("--month must be YYYY-MM, got '" + month + "'");
    }
  }
}
