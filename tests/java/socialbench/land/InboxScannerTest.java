package socialbench.land;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inbox listing never follows a link and never throws for one bad entry (issue 21). Runs as root
 * here, so unreadable entries are made with a FIFO, a folder or file in the wrong place and links.
 */
class InboxScannerTest {
  static final LocalDate D = LocalDate.of(2026, 11, 1);

  @TempDir Path inbox;

  private Path day(String org, String platform) throws IOException {
    return Files.createDirectories(inbox.resolve(org).resolve(platform).resolve(D.toString()));
  }

  @Test
  void listsRegularFilesAndReportsLinksPipesAndMisplacedEntriesWithoutFollowingThem() throws Exception {
    Path x = day("acme", "x");
    Files.writeString(x.resolve("b.csv"), "b");
    Files.writeString(x.resolve("a.csv"), "a");
    Files.writeString(x.resolve(".hidden.csv"), "h");
    Files.createSymbolicLink(x.resolve("link.csv"), x.resolve("a.csv"));
    assertEquals(0, new ProcessBuilder("mkfifo", x.resolve("pipe.csv").toString()).start().waitFor());
    Files.createDirectories(x.resolve("sub"));
    Files.createSymbolicLink(inbox.resolve("acme/tiktok"), day("beta", "tiktok").getParent());
    Files.writeString(day("beta", "tiktok").resolve("beta.csv"), "beta's own file");
    Files.createSymbolicLink(inbox.resolve("mallory"), inbox.resolve("beta"));
    Files.createDirectories(inbox.resolve("acme/web"));
    Files.writeString(inbox.resolve("acme/web/2026-11-01"), "a file named like the date folder");

    InboxScanner.Listing l = new InboxScanner(inbox).scan(D);

    assertEquals(List.of("acme/x/2026-11-01/a.csv", "acme/x/2026-11-01/b.csv", "beta/tiktok/2026-11-01/beta.csv"),
        l.files().stream().map(InboxFile::relative).toList());
    Map<String, String> problems = new TreeMap<>();
    for (InboxProblem p : l.problems()) problems.put(p.relative() + " [" + p.orgId() + "/" + p.platform() + "]", p.reason());
    assertEquals(new TreeMap<>(Map.of(
        "acme/x/2026-11-01/link.csv [acme/x]", "symbolic link: not followed",
        "acme/x/2026-11-01/pipe.csv [acme/x]", "not a regular file (a pipe, socket or device): not read",
        "acme/x/2026-11-01/sub [acme/x]", "a folder inside a date folder: not landed (put files directly in the date folder)",
        "acme/tiktok [acme/tiktok]", "symbolic link: not followed",
        "acme/web/2026-11-01 [acme/web]", "a file where the date folder belongs: not read",
        "mallory [mallory/*]", "symbolic link: not followed")), problems);
  }

  @Test
  void aProblemsIdentityIsStableUntilTheEntryChanges() throws Exception {
    Path x = day("acme", "x");
    Path link = Files.createSymbolicLink(x.resolve("link.csv"), x.resolve("target.csv"));
    String first = FileHash.standIn(link, "acme/x/2026-11-01/link.csv");
    assertEquals(first, FileHash.standIn(link, "acme/x/2026-11-01/link.csv"));
    assertNotEquals(first, FileHash.standIn(link, "acme/x/2026-11-02/link.csv"));
    Files.setLastModifiedTime(x, FileTime.fromMillis(0)); // the folder, not the link: same identity
    assertEquals(first, FileHash.standIn(link, "acme/x/2026-11-01/link.csv"));
    Files.delete(link);
    Files.createSymbolicLink(link, x.resolve("another-target-name.csv")); // a changed link: new size and time
    assertNotEquals(first, FileHash.standIn(link, "acme/x/2026-11-01/link.csv"));
  }

  @Test
  void fileHashNeverFollowsALinkAndReportsAReadFailureInsteadOfThrowingUnchecked() throws Exception {
    Path x = day("acme", "x");
    Path target = Files.writeString(x.resolve("target.csv"), "secret first line\n");
    Path link = Files.createSymbolicLink(x.resolve("link.csv"), target);
    assertThrows(IOException.class, () -> FileHash.sha256(link));
    IOException isDir = assertThrows(IOException.class, () -> FileHash.sha256(x));
    assertEquals("unreadable file: Is a directory", FileHash.unreadable("file", isDir));
    assertEquals("unreadable file: permission denied", FileHash.unreadable("file", new AccessDeniedException("/inbox/a.csv")));
    // sha256("secret first line\n"), computed with sha256sum
    assertEquals("2e37c10b5b9be7ad99c6d25433891ca13979d667f83866837464d849cd08209c", FileHash.sha256(target));
  }
}
