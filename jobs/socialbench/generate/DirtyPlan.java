package socialbench.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides, from the seed and the file's identity only, which files get which mess. With rate r, a
 * platform folder of an org and date arrives late with probability r/6 and every other file gets one
 * of the file-level kinds with probability 5r/6. At rate 0 nothing is injected.
 */
final class DirtyPlan {
  enum Kind {
    RENAMED_COLUMN, THOUSANDS_SEPARATOR, MALFORMED_ROW, DUPLICATE_REEXPORT, CORRECTED_REEXPORT, LATE_FILE, TRUNCATED_FILE;

    String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final long seed;
  private final double rate;

  DirtyPlan(long seed, double rate) {
    this.seed = seed;
    this.rate = rate;
  }

  boolean active() {
    return rate > 0;
  }

  boolean late(Organization org, String folder, LocalDate exportDate) {
    return rate > 0 && Rand.unit(seed, "late", org.index(), Rand.hash(folder), exportDate.toEpochDay()) < rate / 6;
  }

  /** Days after its export date that a late folder arrives: 1 to 3. */
  int lag(Organization org, String folder, LocalDate exportDate) {
    return 1 + (int) (Rand.unit(seed, "lag", org.index(), Rand.hash(folder), exportDate.toEpochDay()) * 3);
  }

  Kind kindFor(Export e, long fileHash) {
    if (rate <= 0 || Rand.unit(seed, "dirty", fileHash) >= rate * 5 / 6) return null;
    List<Kind> kinds = new ArrayList<>();
    Table first = e.tables().get(0);
    if (hasRenamable(e.format(), first)) kinds.add(Kind.RENAMED_COLUMN);
    if (e.format().csv && Mess.hasThousands(first)) kinds.add(Kind.THOUSANDS_SEPARATOR);
    if (e.format().csv && first.rows.size() >= 2) kinds.add(Kind.MALFORMED_ROW);
    kinds.add(Kind.DUPLICATE_REEXPORT);
    kinds.add(Kind.CORRECTED_REEXPORT);
    return kinds.get((int) (Rand.unit(seed, "dirty-kind", fileHash) * kinds.size()));
  }

  private static boolean hasRenamable(ExportFormat format, Table t) {
    for (String[] pair : format.renamed) if (t.column(pair[0]) >= 0) return true;
    return false;
  }
}
