package socialbench.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same seed gives byte-identical inboxes (names, bytes, modification times), including .xlsx, .xls and .zip files. */
class DeterminismTest {

  @Test
  void sameSeedWritesByteIdenticalFilesIncludingWorkbooksAndZips(@TempDir Path a, @TempDir Path b) throws IOException {
    GenerateSummary first = InboxFiles.generate(a, 14, 3, 21, 0.3);
    GenerateSummary second = InboxFiles.generate(b, 14, 3, 21, 0.3);
    List<String> files = InboxFiles.list(a);
    assertEquals(files, InboxFiles.list(b));
    assertTrue(files.stream().anyMatch(f -> f.endsWith(".xlsx")), "has .xlsx");
    assertTrue(files.stream().anyMatch(f -> f.endsWith(".xls")), "has .xls");
    assertTrue(files.stream().anyMatch(f -> f.endsWith(".zip")), "has .zip");
    for (String f : files) {
      assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
      assertEquals(Files.getLastModifiedTime(a.resolve(f)), Files.getLastModifiedTime(b.resolve(f)), f);
    }
    assertEquals(first.files(), second.files());
    assertEquals(first.bytes(), second.bytes());
    assertEquals(files.size(), first.files() + 1, "every written file plus the manifest");
  }

  @Test
  void aDifferentSeedWritesDifferentFiles(@TempDir Path a, @TempDir Path b) throws IOException {
    InboxFiles.generate(a, 3, 1, 1, 0);
    InboxFiles.generate(b, 3, 1, 2, 0);
    byte[] orgsA = Files.readAllBytes(a.resolve("_reference/2026-10-01/organizations.csv"));
    byte[] orgsB = Files.readAllBytes(b.resolve("_reference/2026-10-01/organizations.csv"));
    assertFalse(java.util.Arrays.equals(orgsA, orgsB));
    assertNotEquals(InboxFiles.list(a), InboxFiles.list(b));
  }

  @Test
  void oneDayAtATimeWritesTheSameExportsAsOneRun(@TempDir Path whole, @TempDir Path daily) throws IOException {
    InboxFiles.generate(whole, 4, 2, 9, 0);
    new Generator(new GenerateSpec(daily, 4, java.time.LocalDate.of(2026, 10, 2), 1, 9, 0), new java.io.PrintStream(java.io.OutputStream.nullOutputStream())).run();
    for (String f : InboxFiles.list(daily)) {
      if (f.startsWith("_reference/")) continue;
      assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(daily.resolve(f)), f);
    }
  }
}
