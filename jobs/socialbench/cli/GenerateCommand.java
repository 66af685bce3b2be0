package socialbench.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import socialbench.generate.GenerateSpec;
import socialbench.generate.GenerateSummary;
import socialbench.generate.Generator;

@Command(name = "generate", mixinStandardHelpOptions = true, description = "Write synthetic raw exports in the platforms' native formats (docs/design.md §4).")
public final class GenerateCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(names = "--orgs", description = "Organizations to generate.") Integer orgs;
  @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "First export date.") String start;
  @Option(names = "--days", description = "Number of export days.") Integer days;
  @Option(names = "--seed", defaultValue = "42", description = "Random seed; the same seed gives byte-identical files.") long seed;
  @Option(names = "--dirty", defaultValue = "0", description = "Rate of injected real-world mess (0..1).") double dirty;
  @Option(names = "--scale", description = "Scale factor of docs/design.md §11 instead of --orgs.") Double scale;

  @Override
  public Integer call() {
    if (start == null) throw new UserError("--start YYYY-MM-DD is required");
    if (days == null) throw new UserError("--days is required");
    if (orgs != null && scale != null) throw new UserError("give --orgs or --scale, not both");
    if (orgs == null && scale == null) throw new UserError("--orgs N or --scale SF is required");
    LocalDate first;
    try {
      first = LocalDate.parse(start);
    } catch (DateTimeParseException e) {
      throw new UserError("--start must be a date YYYY-MM-DD, got '" + start + "'");
    }
    Path inbox = common.inbox != null ? common.inbox : Path.of(common.settings().inbox());
    GenerateSpec spec;
    try {
      spec = new GenerateSpec(inbox, orgs != null ? orgs : GenerateSpec.orgsForScale(scale), first, days, seed, dirty);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    long t0 = System.nanoTime();
    GenerateSummary summary = new Generator(spec, System.err).run();
    double seconds = (System.nanoTime() - t0) / 1e9;
    if (!summary.dirty().isEmpty()) {
      Map<String, Integer> byKind = new TreeMap<>();
      summary.dirty().forEach(d -> byKind.merge(d.kind(), 1, Integer::sum));
      System.err.println("generate: injected " + byKind + " (details in " + summary.manifest() + ")");
    }
    System.out.println(summary.line() + String.format(java.util.Locale.US, " in %.1f s -> %s", seconds, inbox));
    return 0;
  }
}
