package socialbench.generate;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Writes the synthetic inbox: day by day, organizations in parallel (each file depends only on the
 * seed and what it describes, so the result does not depend on thread timing), then the manifest of
 * injected mess at INBOX/_manifest/dirty.csv (merged with an earlier run's).
 */
public final class Generator {
  private final GenerateSpec spec;
  private final PrintStream progress;

  public Generator(GenerateSpec spec, PrintStream progress) {
    this.spec = spec;
    this.progress = progress;
  }

  public GenerateSummary run() {
    Population population = new PopulationBuilder(spec.seed()).build(spec.orgs());
    Models models = Models.of(spec.seed());
    InboxWriter writer = new InboxWriter(spec.inbox());
    DirtyPlan plan = new DirtyPlan(spec.seed(), spec.dirtyRate());
    OrgDayWriter orgWriter = new OrgDayWriter(writer, plan, spec.seed());
    List<Organization> orgs = population.organizations();
    OrgExports[] builders = new OrgExports[orgs.size()];
    for (Organization o : orgs) builders[o.index()] = new OrgExports(models, o, population.pagesOf(o));
    int truncateDay = spec.days() / 2;
    int truncateOrg = truncationOrg(population);
    List<DirtyEntry> dirty = new ArrayList<>();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      for (int i = 0; i < spec.days(); i++) {
        LocalDate date = spec.start().plusDays(i);
        writer.forgetDirectories();
        if (ReferenceFiles.due(population, date, i == 0)) ReferenceFiles.write(writer, population, models.followers(), date);
        boolean truncateToday = plan.active() && i == truncateDay;
        @SuppressWarnings("unchecked")
        List<DirtyEntry>[] logs = new List[orgs.size()];
        pool.submit(() -> IntStream.range(0, orgs.size()).parallel().forEach(o ->
            logs[o] = orgWriter.write(builders[o], orgs.get(o), date, truncateToday && o == truncateOrg))).get();
        for (List<DirtyEntry> l : logs) dirty.addAll(l);
        progress.printf("generate: day %d/%d (%s) done, %,d files so far%n", i + 1, spec.days(), date, writer.files.sum());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("generation interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) throw re;
      throw new IllegalStateException(cause);
    } finally {
      pool.shutdown();
    }
    Path manifest = spec.inbox().resolve("_manifest").resolve("dirty.csv");
    if (!dirty.isEmpty()) writeManifest(manifest, dirty, spec.start().plusDays(spec.days()));
    return new GenerateSummary(orgs.size(), population.pageCount(), spec.days(), writer.files.sum(), writer.rows.sum(), writer.bytes.sum(),
        List.copyOf(new TreeSet<>(dirty)), manifest);
  }

  /** The first organization with a native X page (its tweet export is the one truncated), else the first. */
  private static int truncationOrg(Population population) {
    for (Organization o : population.organizations()) {
      for (Page p : population.pagesOf(o)) if (p.platform() == Platform.X && p.format() == PageFormat.NATIVE) return o.index();
    }
    return 0;
  }

  private static void writeManifest(Path manifest, List<DirtyEntry> entries, LocalDate after) {
    try {
      TreeSet<String> lines = new TreeSet<>();
      if (Files.isRegularFile(manifest)) {
        List<String> old = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        lines.addAll(old.subList(Math.min(1, old.size()), old.size()));
      }
      for (DirtyEntry e : new TreeSet<>(entries)) lines.add(e.csvLine());
      Files.createDirectories(manifest.getParent());
      StringBuilder sb = new StringBuilder(DirtyEntry.HEADER).append('\n');
      for (String l : lines) sb.append(l).append('\n');
      Files.writeString(manifest, sb, StandardCharsets.UTF_8);
      Files.setLastModifiedTime(manifest, java.nio.file.attribute.FileTime.from(after.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + manifest + ": " + e.getMessage(), e);
    }
  }
}
