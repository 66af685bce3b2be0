package socialbench.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes one organization's files for one date, applying the {@link DirtyPlan}: late folders are held
 * back and written when their arrival date is generated; other files may be renamed, reformatted,
 * malformed, duplicated or re-exported with corrections; one file per run may be truncated.
 */
final class OrgDayWriter {
  private static final int ARRIVAL_HOUR = 6;
  private static final int REEXPORT_HOUR = 18;

  private final InboxWriter writer;
  private final DirtyPlan plan;
  private final long seed;

  OrgDayWriter(InboxWriter writer, DirtyPlan plan, long seed) {
    this.writer = writer;
    this.plan = plan;
    this.seed = seed;
  }

  List<DirtyEntry> write(OrgExports builder, Organization org, LocalDate date, boolean truncateOne) {
    List<DirtyEntry> log = new ArrayList<>();
    List<Export> exports = builder.build(date);
    Export truncated = truncateOne ? truncationCandidate(exports, org, date) : null;
    for (Export e : exports) {
      if (plan.late(org, e.folder(), date)) continue;
      if (e == truncated) {
        byte[] bytes = e.encode();
        int cut = bytes.length * 3 / 5;
        writer.write(e.relativePath(), Arrays.copyOf(bytes, cut), e.dataRows(), date, ARRIVAL_HOUR);
        log.add(entry(DirtyPlan.Kind.TRUNCATED_FILE, e, e.relativePath(), "cut at byte " + cut + " of " + bytes.length));
      } else {
        writeWithMess(e, date, log);
      }
    }
    if (plan.active()) writeLateArrivals(builder, org, date, log);
    return log;
  }

  private Export truncationCandidate(List<Export> exports, Organization org, LocalDate date) {
    Export fallback = null;
    for (Export e : exports) {
      if (plan.late(org, e.folder(), date)) continue;
      if (e.format() == ExportFormat.X_TWEET_ACTIVITY) return e;
      if (fallback == null && e.format().csv) fallback = e;
    }
    return fallback;
  }

  private void writeLateArrivals(OrgExports builder, Organization org, LocalDate arrival, List<DirtyEntry> log) {
    for (int lag = 1; lag <= 3; lag++) {
      LocalDate exported = arrival.minusDays(lag);
      List<String> late = new ArrayList<>();
      for (String folder : builder.folders()) {
        if (plan.late(org, folder, exported) && plan.lag(org, folder, exported) == lag) late.add(folder);
      }
      if (late.isEmpty()) continue;
      for (Export e : builder.build(exported)) {
        if (!late.contains(e.folder())) continue;
        writer.write(e.relativePath(), e.encode(), e.dataRows(), arrival, ARRIVAL_HOUR);
        log.add(entry(DirtyPlan.Kind.LATE_FILE, e, e.relativePath(), "exported " + exported + ", arrived " + arrival));
      }
    }
  }

  private void writeWithMess(Export e, LocalDate date, List<DirtyEntry> log) {
    String path = e.relativePath();
    long hash = Rand.hash(path) ^ seed;
    DirtyPlan.Kind kind = plan.kindFor(e, hash);
    if (kind == null) {
      writer.write(path, e.encode(), e.dataRows(), date, ARRIVAL_HOUR);
      return;
    }
    Table first = e.tables().get(0);
    switch (kind) {
      case RENAMED_COLUMN -> {
        String detail = Mess.renameColumns(first, e.format().renamed);
        writer.write(path, e.encode(), e.dataRows(), date, ARRIVAL_HOUR);
        log.add(entry(kind, e, path, detail));
      }
      case THOUSANDS_SEPARATOR -> {
        int cells = Mess.thousands(first);
        writer.write(path, e.encode(), e.dataRows(), date, ARRIVAL_HOUR);
        log.add(entry(kind, e, path, cells + " cells with a thousands separator"));
      }
      case MALFORMED_ROW -> {
        List<String> details = Mess.malformRows(first, hash);
        writer.write(path, e.encode(), e.dataRows(), date, ARRIVAL_HOUR);
        for (String d : details) log.add(entry(kind, e, path, d));
      }
      case DUPLICATE_REEXPORT -> {
        byte[] bytes = e.encode();
        writer.write(path, bytes, e.dataRows(), date, ARRIVAL_HOUR);
        writer.write(reexportPath(path), bytes, e.dataRows(), date, REEXPORT_HOUR);
        log.add(entry(kind, e, reexportPath(path), "same bytes as " + e.fileName()));
      }
      case CORRECTED_REEXPORT -> {
        byte[] corrected = e.encode();
        for (Table t : e.tables()) Mess.stale(t);
        byte[] first0 = e.encode();
        writer.write(path, first0, e.dataRows(), date, ARRIVAL_HOUR);
        writer.write(reexportPath(path), corrected, e.dataRows(), date, REEXPORT_HOUR);
        boolean differs = !Arrays.equals(first0, corrected);
        log.add(entry(differs ? kind : DirtyPlan.Kind.DUPLICATE_REEXPORT, e, reexportPath(path),
            differs ? "replaces " + e.fileName() + " (its metrics were 95% of these)" : "same bytes as " + e.fileName()));
      }
      default -> throw new IllegalStateException("not a file-level kind: " + kind);
    }
  }

  /** A browser's name for a second download of the same file: "name (1).ext". */
  static String reexportPath(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    if (dot <= slash) return path + " (1)";
    return path.substring(0, dot) + " (1)" + path.substring(dot);
  }

  private static DirtyEntry entry(DirtyPlan.Kind kind, Export e, String path, String detail) {
    return new DirtyEntry(kind.id(), e.org().id(), e.folder(), e.exportDate().toString(), path, detail);
  }
}
