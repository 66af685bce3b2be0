package socialbench.land;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import socialbench.runtime.RunLedger;
import socialbench.runtime.Settings;
import socialbench.runtime.Warehouse;
import socialbench.runtime.WarehouseCatalog;

/**
 * {@code land --date D}: lands the inbox files of D (and late files of the lookback days whose sha256 was
 * never seen) into bronze, then records every file in ops.landed_files, quarantined rows in
 * ops.rejected_rows and the run in ops.runs. The ledger is written last, so a run killed before the end
 * is simply done again by the next run. A run with nothing new (every file of D already landed, no late
 * file, nothing rejected) is decided from the inbox listing and the ledger, read without a Spark job, and
 * writes only its ops.runs row.
 */
public final class Lander {
  private final FormatCatalog catalog;
  private final InboxScanner scanner;
  private final MemberExtractor extractor;
  private final FormatDetector detector;
  private final OpsTables ops;
  private final RunLedger runs;
  private final BronzeWriter bronze;
  private final Progress progress;
  private final int lookbackDays;
  private final long batchRows;
  private final String salt;
  private final LandLimits limits;
  private final int parseThreads;

  public Lander(SparkSession spark, Settings settings, PrintStream progressStream) {
    var cfg = settings.config();
    this.salt = HashSalt.require(cfg); // before anything else: a run refuses the placeholder salt
    this.limits = LandLimits.from(cfg);
    Warehouse warehouse = Warehouse.of(settings);
    WarehouseCatalog warehouseCatalog = new WarehouseCatalog(spark, warehouse, settings);
    this.catalog = FormatCatalog.from(cfg);
    this.scanner = new InboxScanner(Path.of(settings.inbox()));
    this.extractor =
        new MemberExtractor(
            new TextDecoder(cfg.getStringList("socialbench.formats.defaults.encodings")),
            Set.copyOf(cfg.getStringList("socialbench.land.ignored-zip-entries")),
            limits);
    this.detector = new FormatDetector(catalog);
    this.ops = new OpsTables(spark, warehouse, settings);
    this.runs = new RunLedger(spark, settings);
    this.bronze = new BronzeWriter(spark, warehouse, warehouseCatalog);
    this.progress = new Progress(progressStream, cfg.getInt("socialbench.land.progress-every-files"));
    this.lookbackDays = cfg.getInt("socialbench.land.lookback-days");
    this.batchRows = cfg.getLong("socialbench.land.batch-rows");
    this.parseThreads = ParseAhead.threads(cfg.getInt("socialbench.land.parse-threads"));
  }

  /** A member read in this run, with the file it came from. */
  private record Landing(InboxFile file, String sha, ParsedMember parsed, String pageId) {
    String path() {
      return file.relative() + parsed.suffix();
    }
  }

  public LandResult land(LocalDate date) {
    Instant started = Instant.now(); // ops timing only
    String runId = RunLedger.newRunId("land", date);
    try (ParseAhead ahead = new ParseAhead(parseThreads)) {
      return run(date, runId, started, ahead);
    } catch (RuntimeException e) {
      runs.record(runId, "land", date, false, started, Instant.now(), 0, 0, String.valueOf(e.getMessage()));
      throw e;
    }
  }

  private LandResult run(LocalDate date, String runId, Instant started, ParseAhead ahead) {
    InboxScanner.Listing todayListing = scanner.scan(date);
    List<InboxFile> today = todayListing.files();
    List<InboxProblem> problems = new ArrayList<>(todayListing.problems());
    List<InboxFile> late = new ArrayList<>();
    for (int k = 1; k <= lookbackDays; k++) {
      InboxScanner.Listing l = scanner.scan(date.minusDays(k));
      late.addAll(l.files());
      problems.addAll(l.problems());
    }
    Map<InboxFile, String> shas = new LinkedHashMap<>();
    hashAll(today, shas, problems, ahead);
    hashAll(late, shas, problems, ahead);
    Set<String> identities = new HashSet<>(shas.values());
    for (InboxProblem p : problems) identities.add(p.identity());
    Map<String, Set<String>> seen = ops.statusesOf(identities);

    List<LedgerEntry> entries = new ArrayList<>();
    Set<String> problemPaths = new HashSet<>();
    for (InboxProblem p : problems) {
      // recorded once per run; a late one only until the ledger knows it (then only a change brings it back)
      boolean known = seen.containsKey(OpsTables.identity(p.orgId(), p.platform(), p.identity()));
      if (!problemPaths.add(p.relative()) || (known && !p.exportDate().equals(date) && !p.platform().equals(InboxProblem.ALL_PLATFORMS))) continue;
      entries.add(new LedgerEntry(runId, p.relative(), p.identity(), p.orgId(), p.platform(), p.exportDate(), null, null, 0, 0, 0,
          LedgerEntry.REJECTED, p.reason(), null));
    }
    List<InboxFile> toRead = new ArrayList<>();
    Set<String> inThisRun = new HashSet<>();
    for (Map.Entry<InboxFile, String> e : shas.entrySet()) {
      InboxFile f = e.getKey();
      String sha = e.getValue();
      String identity = OpsTables.identity(f.orgId(), f.platform(), sha);
      Set<String> statuses = seen.getOrDefault(identity, Set.of());
      boolean isToday = f.exportDate().equals(date);
      boolean landedBefore = statuses.contains(LedgerEntry.LANDED) || statuses.contains(LedgerEntry.REPLACED);
      if (isToday && (landedBefore || inThisRun.contains(identity))) {
        entries.add(entry(runId, f, f.relative(), sha, null, null, 0, 0, LedgerEntry.SKIPPED_DUPLICATE,
            "sha256 already landed", null));
      } else if (isToday || (statuses.isEmpty() && !inThisRun.contains(identity))) {
        toRead.add(f);
        inThisRun.add(identity);
      }
    }

    // Nothing new: every file of D's folders already landed, no late file, nothing rejected. Decided from the
    // inbox listing and the ledger alone; such a run writes only its ops.runs row (no bronze table, no
    // ledger rows: its skipped_duplicate files are counted in the run's message).
    boolean nothingNew = toRead.isEmpty() && entries.stream().allMatch(e -> e.status().equals(LedgerEntry.SKIPPED_DUPLICATE));
    PageOwnership owners = new PageOwnership();
    PageZones zones = toRead.isEmpty() ? PageZones.none() : pageZones(date, owners);
    toRead.sort(Comparator.comparing(InboxFile::exportDate).thenComparing(InboxFile::orgId).thenComparing(InboxFile::platform)
        .thenComparing(InboxFile::relative));
    Set<LocalDate> dates = new HashSet<>();
    Set<String> orgs = new HashSet<>();
    for (InboxFile f : toRead) {
      dates.add(f.exportDate());
      orgs.add(f.orgId());
    }
    Map<String, List<LedgerEntry>> history = new HashMap<>();
    for (LedgerEntry e : ops.landedIn(dates, orgs)) history.computeIfAbsent(e.format(), k -> new ArrayList<>()).add(e);

    // Files are read in slice order (export date, org); pending rows are written once they pass batch-rows,
    // always between two export dates, so every bronze partition is written once per run.
    List<Row> rejectedRows = new ArrayList<>();
    Map<String, List<Landing>> pending = new LinkedHashMap<>();
    long pendingRows = 0;
    Set<String> tables = new HashSet<>();
    Slice slice = null;
    long rows = 0;
    int done = 0;
    ParseAhead.Batches parsed = ahead.parse(toRead, Lander::sizeOnDisk, (f, alone) -> parse(f, zones, alone));
    for (int i = 0; i < toRead.size(); i++) {
      InboxFile f = toRead.get(i);
      Slice s = new Slice(f.exportDate(), f.orgId());
      if (slice != null && !s.exportDate().equals(slice.exportDate()) && pendingRows >= batchRows) {
        flush(pending, history, runId, date, entries, tables);
        pendingRows = 0;
      }
      slice = s;
      String sha = shas.get(f);
      ParseAhead.Parsed file = parsed.get(i);
      if (file.rejection() != null) {
        entries.add(entry(runId, f, f.relative(), sha, null, null, 0, 0, LedgerEntry.REJECTED, file.rejection(), null));
      }
      for (ParsedMember p : file.members()) {
        PageOwnership.Verdict page = p.isRejected() ? new PageOwnership.Verdict(null, null)
            : owners.verdict(f.orgId(), f.platform(), f.path().getFileName().toString(), p);
        Landing l = new Landing(f, sha, p, page.pageId());
        rows += p.rowsRead();
        if (p.isRejected()) {
          entries.add(entry(runId, f, l.path(), sha, null, null, 0, 0, LedgerEntry.REJECTED, p.rejection(), null));
          continue;
        }
        if (page.rejection() != null) {
          entries.add(entry(runId, f, l.path(), sha, null, null, 0, 0, LedgerEntry.REJECTED, page.rejection(), null));
          continue;
        }
        for (RejectedRow r : p.rejected()) rejectedRows.add(OpsTables.rejectedRow(runId, l.path(), sha, r));
        pending.computeIfAbsent(p.format().name(), k -> new ArrayList<>()).add(l);
        pendingRows += p.rowsLanded();
      }
      progress.files(++done, toRead.size(), rows);
    }
    flush(pending, history, runId, date, entries, tables);
    LandResult result = new LandResult(runId, entries, rejectedRows.size(), tables.size());
    ops.append(nothingNew ? List.of() : entries, rejectedRows);
    String message = result.count(LedgerEntry.REJECTED) + " files rejected, " + rejectedRows.size() + " rows rejected";
    if (nothingNew) message = "nothing new: " + entries.size() + " files skipped_duplicate (not in ops.landed_files), " + message;
    runs.record(runId, "land", date, true, started, Instant.now(), result.rowsRead(), result.rowsLanded(), message);
    return result;
  }

  private void flush(Map<String, List<Landing>> pending, Map<String, List<LedgerEntry>> history, String runId,
      LocalDate runDate, List<LedgerEntry> entries, Set<String> tables) {
    for (Map.Entry<String, List<Landing>> e : pending.entrySet()) {
      progress.stage("writing bronze." + e.getKey());
      entries.addAll(landFormat(catalog.get(e.getKey()), e.getValue(), history.getOrDefault(e.getKey(), List.of()), runId, runDate));
      tables.add(e.getKey());
    }
    pending.clear();
  }

  /**
   * Lands every file of one format (docs/design.md §8: each export lands; which row describes a post or page day is
   * the models' decision) and rewrites the slices they touch: the new files' rows plus the rows of every
   * file of those slices the ledger says landed earlier, identified by (platform, sha256) so that the same
   * bytes landed in another platform folder of the organization keep their rows.
   */
  private List<LedgerEntry> landFormat(FormatSpec format, List<Landing> landings, List<LedgerEntry> history, String runId,
      LocalDate runDate) {
    Set<Slice> slices = new HashSet<>();
    for (Landing l : landings) slices.add(new Slice(l.file().exportDate(), l.file().orgId()));
    Set<String> kept = new HashSet<>();
    for (LedgerEntry e : history) {
      if (slices.contains(new Slice(e.exportDate(), e.orgId()))) kept.add(BronzeWriter.fileIdentity(e.platform(), e.sha256()));
    }
    landings.sort(Comparator.comparing(Landing::path));
    List<LedgerEntry> entries = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (Landing l : landings) {
      ParsedMember p = l.parsed();
      String series = format.titleColumn() == null ? null : p.title();
      entries.add(entry(runId, l.file(), l.path(), l.sha(), format.name(), series, p.rowsLanded(), p.rowsRejected(),
          LedgerEntry.LANDED, null, null));
      kept.remove(BronzeWriter.fileIdentity(l.file().platform(), l.sha()));
      for (Object[] r : p.rows()) {
        rows.add(BronzeSchema.row(r, l.file().platform(), l.path(), l.sha(), runId, runDate, l.pageId(), l.file().exportDate(),
            l.file().orgId()));
      }
      p.rows().clear(); // the lineage rows replace them; halves the peak memory of a big night
    }
    bronze.write(format, rows, slices, kept);
    return entries;
  }

  private static LedgerEntry entry(String runId, InboxFile f, String path, String sha, String format, String series,
      long landed, long rejected, String status, String reason, String replaced) {
    return new LedgerEntry(runId, path, sha, f.orgId(), f.platform(), f.exportDate(), format, series, landed + rejected, landed,
        rejected, status, reason, replaced);
  }

  /**
   * One file's members, parsed (on a thread of {@link ParseAhead}): whatever goes wrong inside it rejects that
   * file only. Running out of memory or stack beside other files is reported as such ({@code alone} false),
   * so that the file is parsed again on its own before it is rejected for it.
   */
  private ParseAhead.Parsed parse(InboxFile f, PageZones zones, boolean alone) {
    MemberParser parser =
        new MemberParser(detector, (format, platform) -> zoneFor(format, f, zones), RecordIdHash.of(salt, f.orgId()), limits);
    List<ParsedMember> members = new ArrayList<>();
    try {
      for (Member m : extractor.extract(readBounded(f.path()))) members.add(parser.parse(m, f.platform()));
      return ParseAhead.Parsed.of(members);
    } catch (FileRejection e) {
      return ParseAhead.Parsed.rejected(e.reason());
    } catch (IOException e) {
      return ParseAhead.Parsed.rejected(FileHash.unreadable("file", e));
    } catch (OutOfMemoryError | StackOverflowError e) {
      members = null; // before anything else is allocated
      if (!alone) return ParseAhead.Parsed.OUT_OF_RESOURCES;
      return ParseAhead.Parsed.rejected("could not be parsed (" + e.getClass().getSimpleName() + "): nothing of it landed");
    } catch (RuntimeException e) {
      return ParseAhead.Parsed.rejected("could not be parsed (" + e.getClass().getSimpleName() + "): nothing of it landed");
    }
  }

  /** The file's size as listed (0 when it cannot be read: reading it then rejects it with the reason). */
  private static long sizeOnDisk(InboxFile f) {
    try {
      return Files.readAttributes(f.path(), java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).size();
    } catch (IOException e) {
      return 0;
    }
  }

  private static ZoneId zoneFor(FormatSpec format, InboxFile f, PageZones zones) {
    return format.usesPageZone() ? zones.zoneOf(f.orgId(), f.platform()) : ZoneId.of(format.localZone());
  }

  /** Page time zones (and owners, into {@code owners}) from the newest reference folder on or before the date. */
  private PageZones pageZones(LocalDate date, PageOwnership owners) {
    PageZones zones = PageZones.none();
    var refDate = scanner.latestReferenceDate(date);
    if (refDate.isEmpty()) return zones;
    MemberParser parser =
        new MemberParser(detector, (format, platform) -> java.time.ZoneOffset.UTC, RecordIdHash.of(salt, InboxFile.REFERENCE), limits);
    for (InboxFile f : scanner.filesOf(refDate.get())) {
      if (!f.orgId().equals(InboxFile.REFERENCE)) continue;
      try {
        for (Member m : extractor.extract(readBounded(f.path()))) {
          ParsedMember p = parser.parse(m, InboxFile.REFERENCE);
          if (!p.isRejected() && p.format().name().equals("ref_pages")) {
            zones.add(p);
            owners.add(p);
          }
        }
      } catch (FileRejection | IOException | RuntimeException e) {
        // the file itself is landed (or rejected with its reason) in the main loop
      }
    }
    return zones;
  }

  /** sha256 of every file; one that cannot be read becomes a problem with a stand-in identity. */
  private static void hashAll(List<InboxFile> files, Map<InboxFile, String> shas, List<InboxProblem> problems, ParseAhead ahead) {
    List<Object> hashed = ahead.map(files, f -> {
      try {
        return FileHash.sha256(f.path());
      } catch (IOException e) {
        return e;
      }
    });
    for (int i = 0; i < files.size(); i++) {
      InboxFile f = files.get(i);
      if (hashed.get(i) instanceof String sha) {
        shas.put(f, sha);
      } else {
        problems.add(new InboxProblem(f.relative(), f.orgId(), f.platform(), f.exportDate(), FileHash.unreadable("file", (IOException) hashed.get(i)),
            FileHash.standIn(f.path(), f.relative())));
      }
    }
  }

  /** The file's bytes, without following a link and never more than max-file-bytes of them. */
  private byte[] readBounded(Path p) throws IOException, FileRejection {
    try (InputStream in = Files.newInputStream(p, LinkOption.NOFOLLOW_LINKS)) {
      byte[] bytes = BoundedBytes.read(in, limits.maxFileBytes());
      if (bytes == null) throw new FileRejection(limits.fileTooLarge(Files.size(p)));
      return bytes;
    }
  }
}
