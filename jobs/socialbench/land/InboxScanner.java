package socialbench.land;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lists the inbox files of one export date, in a stable order (org, platform, file name). Symbolic links
 * are never followed (neither folders nor files); they, folders that cannot be listed and entries that
 * are not regular files (a FIFO, a socket, a folder inside a date folder) come back as
 * {@link InboxProblem}s instead of stopping the listing.
 */
final class InboxScanner {
  /** The regular files of a date, and what could not be listed or is not landed. */
  record Listing(List<InboxFile> files, List<InboxProblem> problems) {}

  private final Path inbox;

  InboxScanner(Path inbox) {
    this.inbox = inbox;
  }

  List<InboxFile> filesOf(LocalDate date) {
    return scan(date).files();
  }

  Listing scan(LocalDate date) {
    Listing out = new Listing(new ArrayList<>(), new ArrayList<>());
    String d = date.toString();
    for (Path org : rootEntries()) {
      String orgId = org.getFileName().toString();
      if (orgId.startsWith(".") || (orgId.startsWith("_") && !orgId.equals(InboxFile.REFERENCE))) continue;
      if (!isFolder(org, orgId, InboxProblem.ALL_PLATFORMS, date, out)) continue;
      if (orgId.equals(InboxFile.REFERENCE)) {
        addFiles(org.resolve(d), InboxFile.REFERENCE, InboxFile.REFERENCE, date, out);
        continue;
      }
      for (Path platform : entries(org, orgId, InboxProblem.ALL_PLATFORMS, date, out)) {
        String name = platform.getFileName().toString();
        if (name.startsWith(".") || !isFolder(platform, orgId, name, date, out)) continue;
        addFiles(platform.resolve(d), orgId, name, date, out);
      }
    }
    return out;
  }

  /** The newest reference folder with a date on or before {@code date}, if any (links are not followed). */
  Optional<LocalDate> latestReferenceDate(LocalDate date) {
    LocalDate best = null;
    Listing ignored = new Listing(new ArrayList<>(), new ArrayList<>());
    for (Path p : entries(inbox.resolve(InboxFile.REFERENCE), InboxFile.REFERENCE, InboxFile.REFERENCE, date, ignored)) {
      try {
        LocalDate d = LocalDate.parse(p.getFileName().toString());
        if (kind(p) == Kind.FOLDER && !d.isAfter(date) && (best == null || d.isAfter(best))) best = d;
      } catch (java.time.DateTimeException e) {
        // not a date folder
      }
    }
    return Optional.ofNullable(best);
  }

  private void addFiles(Path dir, String org, String platform, LocalDate date, Listing out) {
    Kind k = kind(dir);
    if (k == Kind.MISSING) return;
    if (k == Kind.FILE || k == Kind.OTHER) {
      problem(dir, org, platform, date, "a file where the date folder belongs: not read", out);
      return;
    }
    if (!isFolder(dir, org, platform, date, out)) return;
    for (Path p : entries(dir, org, platform, date, out)) {
      String name = p.getFileName().toString();
      if (name.startsWith(".")) continue;
      String relative = relative(p);
      switch (kind(p)) {
        case FILE -> out.files().add(new InboxFile(p, relative, org, platform, date));
        case LINK -> problem(p, org, platform, date, InboxProblem.LINK, out);
        case FOLDER -> problem(p, org, platform, date, "a folder inside a date folder: not landed (put files directly in the date folder)", out);
        case MISSING -> problem(p, org, platform, date, "unreadable file: it disappeared while the inbox was read", out);
        case OTHER -> problem(p, org, platform, date, "not a regular file (a pipe, socket or device): not read", out);
      }
    }
  }

  /** True for a real folder; a link or a file where a folder belongs is recorded as a problem. */
  private boolean isFolder(Path p, String org, String platform, LocalDate date, Listing out) {
    switch (kind(p)) {
      case FOLDER:
        return true;
      case LINK:
        problem(p, org, platform, date, InboxProblem.LINK, out);
        return false;
      case MISSING:
        return false;
      default:
        return false; // a stray file next to the folders: not part of the inbox layout
    }
  }

  /** The inbox's own entries; an inbox that cannot be listed fails the run (there is nothing to land). */
  private List<Path> rootEntries() {
    Listing problems = new Listing(new ArrayList<>(), new ArrayList<>());
    List<Path> all = entries(inbox, InboxFile.REFERENCE, InboxProblem.ALL_PLATFORMS, LocalDate.EPOCH, problems);
    if (!problems.problems().isEmpty()) {
      throw new IllegalStateException("cannot list the inbox " + inbox + ": " + problems.problems().get(0).reason());
    }
    return all;
  }

  /** The entries of a folder, sorted; a folder that cannot be listed is a problem and has none. */
  private List<Path> entries(Path dir, String org, String platform, LocalDate date, Listing out) {
    if (kind(dir) != Kind.FOLDER) return List.of();
    List<Path> all = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path p : s) all.add(p);
    } catch (IOException e) {
      problem(dir, org, platform, date, FileHash.unreadable("folder", e), out);
      return List.of();
    } catch (DirectoryIteratorException e) {
      problem(dir, org, platform, date, FileHash.unreadable("folder", e.getCause()), out);
      return List.of();
    }
    all.sort(null);
    return all;
  }

  private void problem(Path p, String org, String platform, LocalDate date, String reason, Listing out) {
    String relative = relative(p);
    out.problems().add(new InboxProblem(relative, org, platform, date, reason, FileHash.standIn(p, relative)));
  }

  private String relative(Path p) {
    return inbox.relativize(p).toString().replace('\\', '/');
  }

  private enum Kind { FILE, FOLDER, LINK, OTHER, MISSING }

  private static Kind kind(Path p) {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (a.isSymbolicLink()) return Kind.LINK;
      if (a.isDirectory()) return Kind.FOLDER;
      if (a.isRegularFile()) return Kind.FILE;
      return Kind.OTHER;
    } catch (IOException e) {
      return Kind.MISSING;
    }
  }
}
