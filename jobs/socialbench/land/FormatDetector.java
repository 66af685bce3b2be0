package socialbench.land;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises a member's format from its header alone: among the formats allowed for the inbox platform,
 * the one whose required columns are all present and that knows the most header fields. Then every header
 * field must be a known column of that format, and no column may appear twice.
 */
final class FormatDetector {
  private final FormatCatalog catalog;

  FormatDetector(FormatCatalog catalog) {
    this.catalog = catalog;
  }

  Detection detect(String[] header, String platform) throws FileRejection {
    String[] norm = new String[header.length];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < header.length; i++) {
      norm[i] = HeaderNames.normalise(header[i]);
      if (!seen.add(norm[i])) {
        throw new FileRejection("duplicate column \"" + header[i].strip() + "\" in header");
      }
    }
    FormatSpec best = null;
    int bestKnown = -1;
    int bestRequired = -1;
    boolean bestFull = false;
    for (FormatSpec f : catalog.forPlatform(platform)) {
      Map<String, ColumnSpec> byHeader = byHeader(f);
      int known = 0;
      Set<String> present = new HashSet<>();
      for (String h : norm) {
        ColumnSpec c = byHeader.get(h);
        if (c != null) {
          known++;
          present.add(c.name());
        }
      }
      int req = 0;
      for (ColumnSpec c : f.requiredColumns()) {
        if (present.contains(c.name())) req++;
      }
      boolean full = req == f.requiredColumns().size();
      if ((full && !bestFull) || (full == bestFull && (req > bestRequired || (req == bestRequired && known > bestKnown)))) {
        best = f;
        bestKnown = known;
        bestRequired = req;
        bestFull = full;
      }
    }
    if (best == null || bestRequired <= 0 || bestKnown < 2) {
      throw new FileRejection("unknown header: no " + platform + " format has columns " + preview(header));
    }
    Map<String, ColumnSpec> byHeader = byHeader(best);
    List<ColumnSpec> landed = best.landedColumns();
    int[] index = new int[header.length];
    Set<String> used = new HashSet<>();
    String unknown = null;
    for (int i = 0; i < header.length; i++) {
      ColumnSpec c = byHeader.get(norm[i]);
      if (c == null) {
        if (unknown == null) unknown = header[i].strip();
        index[i] = Detection.DROPPED;
        continue;
      }
      if (!used.add(c.name())) {
        throw new FileRejection("duplicate column \"" + header[i].strip() + "\" in header (" + c.name() + " twice)");
      }
      index[i] = c.drop() ? Detection.DROPPED : landed.indexOf(c);
    }
    if (!bestFull) {
      for (ColumnSpec c : best.requiredColumns()) {
        if (!used.contains(c.name())) {
          throw new FileRejection("missing required column \"" + c.displayHeader() + "\" for " + best.name());
        }
      }
    }
    if (unknown != null) {
      throw new FileRejection("unknown column \"" + unknown + "\" for " + best.name());
    }
    return new Detection(best, index);
  }

  private static Map<String, ColumnSpec> byHeader(FormatSpec f) {
    Map<String, ColumnSpec> m = new HashMap<>();
    for (ColumnSpec c : f.columns()) {
      for (String h : c.headers()) m.put(h, c);
    }
    return m;
  }

  private static String preview(String[] header) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < Math.min(4, header.length); i++) shown.add("\"" + header[i].strip() + "\"");
    return String.join(", ", shown) + (header.length > 4 ? ", …" : "");
  }
}
