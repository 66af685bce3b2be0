package socialbench.generate;

import java.nio.file.Path;
import java.util.List;

/** What a run wrote. */
public record GenerateSummary(int organizations, int pages, int days, long files, long rows, long bytes, List<DirtyEntry> dirty, Path manifest) {
  public String line() {
    return String.format(java.util.Locale.US, "generated %d organizations, %d pages, %d days: %,d files, %,d rows, %,d bytes%s",
        organizations, pages, days, files, rows, bytes, dirty.isEmpty() ? "" : ", " + dirty.size() + " dirty injections listed in " + manifest);
  }
}
