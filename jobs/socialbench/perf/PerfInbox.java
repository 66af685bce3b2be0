package socialbench.perf;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import socialbench.generate.GenerateSpec;
import socialbench.generate.Generator;

/**
 * The scale-factor inbox: generated once per (organizations, first day, days, seed, mess rate) under the
 * work directory and reused while its marker matches; a partial or different inbox is regenerated.
 */
public final class PerfInbox {
  private final PerfOptions options;
  private final PrintStream progress;

  public PerfInbox(PerfOptions options, PrintStream progress) {
    this.options = options;
    this.progress = progress;
  }

  public int orgs() {
    return GenerateSpec.orgsForScale(options.scale());
  }

  public Path dir() {
    return options.workdir().resolve(String.format(Locale.ROOT, "inbox-%dorgs-%s-%dd-seed%d-dirty%s",
        orgs(), options.firstDay(), options.inboxDays(), options.seed(), options.dirty())).toAbsolutePath();
  }

  /** Generates the inbox unless an identical one is already there; returns its directory and whether it was reused. */
  public Result prepare() {
    Path inbox = dir();
    Path marker = inbox.resolve("_manifest").resolve("perf-params.txt");
    String params = "orgs=" + orgs() + " start=" + options.firstDay() + " days=" + options.inboxDays() + " seed=" + options.seed()
        + " dirty=" + options.dirty() + "\n";
    try {
      if (Files.isRegularFile(marker) && Files.readString(marker, StandardCharsets.UTF_8).equals(params)) {
        progress.println("perf: reusing the inbox at " + inbox);
        return new Result(inbox, true, 0);
      }
      deleteTree(inbox);
      long t0 = System.nanoTime();
      new Generator(new GenerateSpec(inbox, orgs(), options.firstDay(), options.inboxDays(), options.seed(), options.dirty()), progress).run();
      Files.createDirectories(marker.getParent());
      Files.writeString(marker, params, StandardCharsets.UTF_8);
      return new Result(inbox, false, (System.nanoTime() - t0) / 1e9);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the inbox " + inbox + ": " + e.getMessage(), e);
    }
  }

  /** The inbox directory, whether it was reused, and the seconds generating it took (0 when reused). */
  public record Result(Path dir, boolean reused, double generateSeconds) {}

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }
}
