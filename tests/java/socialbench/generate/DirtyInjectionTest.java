package socialbench.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With --dirty > 0 every kind of mess appears and is listed in _manifest/dirty.csv; with 0 there is none. */
class DirtyInjectionTest {
  @TempDir static Path inbox;
  static GenerateSummary summary;
  static List<String[]> manifest;

  @BeforeAll
  static void generate() throws IOException {
    summary = InboxFiles.generate(inbox, 12, 6, 4, 0.4);
    manifest = Files.readAllLines(inbox.resolve("_manifest/dirty.csv"), StandardCharsets.UTF_8).stream().skip(1)
        .map(DirtyInjectionTest::parse).collect(Collectors.toList());
  }

  @Test
  void everyKindOfMessAppearsAndTheManifestMatchesTheSummary() {
    Map<String, Long> byKind = new TreeMap<>();
    for (String[] row : manifest) byKind.merge(row[0], 1L, Long::sum);
    assertEquals(List.of("corrected_reexport", "duplicate_reexport", "late_file", "malformed_row", "renamed_column", "thousands_separator",
        "truncated_file"), List.copyOf(byKind.keySet()));
    assertEquals(1L, byKind.get("truncated_file"));
    assertEquals(summary.dirty().size(), manifest.size());
    for (String[] row : manifest) assertTrue(Files.isRegularFile(inbox.resolve(row[4])), row[4]);
  }

  @Test
  void duplicatesRepeatTheBytesAndCorrectionsChangeThem() throws IOException {
    for (String[] row : manifest) {
      if (!row[0].endsWith("_reexport")) continue;
      Path again = inbox.resolve(row[4]);
      Path original = again.resolveSibling(again.getFileName().toString().replace(" (1)", ""));
      boolean same = java.util.Arrays.equals(Files.readAllBytes(original), Files.readAllBytes(again));
      assertEquals(row[0].equals("duplicate_reexport"), same, row[4]);
      assertTrue(Files.getLastModifiedTime(again).compareTo(Files.getLastModifiedTime(original)) > 0, "re-export arrives later: " + row[4]);
    }
  }

  @Test
  void lateFilesSitInTheirExportDateFolderWithTheArrivalDateAsModificationTime() throws IOException {
    int checked = 0;
    for (String[] row : manifest) {
      if (!row[0].equals("late_file")) continue;
      LocalDate exported = LocalDate.parse(row[3]);
      LocalDate arrived = LocalDate.parse(row[5].substring(row[5].indexOf("arrived ") + 8));
      assertTrue(row[4].contains("/" + exported + "/"), row[4]);
      assertTrue(arrived.isAfter(exported) && !arrived.isAfter(exported.plusDays(3)), row[5]);
      assertEquals(arrived.atTime(6, 0).toInstant(ZoneOffset.UTC), Files.getLastModifiedTime(inbox.resolve(row[4])).toInstant());
      checked++;
    }
    assertTrue(checked > 0);
  }

  @Test
  void malformedRenamedAndThousandsFilesShowTheirMess() throws IOException {
    for (String[] row : manifest) {
      Path file = inbox.resolve(row[4]);
      if (!file.toString().endsWith(".csv") || Files.readAllBytes(file)[0] == (byte) 0xFF) continue;
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      switch (row[0]) {
        case "malformed_row" -> {
          if (row[5].contains("non-numeric")) assertTrue(text.contains(Mess.NON_NUMERIC), row[4]);
        }
        case "renamed_column" -> {
          String renamedTo = row[5].split("->")[1].split(";")[0];
          String renamedFrom = row[5].split("->")[0];
          assertTrue(text.contains(renamedTo), row[4] + " has " + renamedTo);
          assertFalse(text.contains("\"" + renamedFrom + "\",") || text.contains("," + renamedFrom + ","), row[4] + " still has " + renamedFrom);
        }
        case "thousands_separator" -> assertTrue(text.matches("(?s).*\"\\d{1,3},\\d{3}.*"), row[4]);
        default -> { }
      }
    }
  }

  @Test
  void rateZeroInjectsNothing(@TempDir Path clean) {
    GenerateSummary s = InboxFiles.generate(clean, 12, 6, 4, 0);
    assertTrue(s.dirty().isEmpty());
    assertFalse(Files.exists(clean.resolve("_manifest")));
    assertTrue(InboxFiles.list(clean).stream().noneMatch(f -> f.contains(" (1)")));
  }

  private static String[] parse(String line) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
        else if (c == '"') quoted = false;
        else cur.append(c);
      } else if (c == '"') quoted = true;
      else if (c == ',') { out.add(cur.toString()); cur.setLength(0); }
      else cur.append(c);
    }
    out.add(cur.toString());
    return out.toArray(String[]::new);
  }
}
