package socialbench.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated files start with exactly the header bytes of the sample exports in tests/fixtures/generate/samples. */
class NativeHeadersTest {
  private static final byte[] LF = {'\n'};
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] CRLF_UTF16 = {'\r', 0, '\n', 0};

  @TempDir static Path inbox;

  @BeforeAll
  static void generate() {
    InboxFiles.generate(inbox, 12, 2, 3, 0);
  }

  @Test
  void xTweetActivityHasTheSampleHeaderLine() {
    assertPrefix("x_tweet_activity.csv", ".*/x/.*/tweet_activity_metrics_.*_en\\.csv", LF, 1);
  }

  @Test
  void facebookInsightsExportHasTheSampleBomHeaderAndDescriptionRow() {
    assertPrefix("facebook_insights_posts.csv", ".*/facebook/.*/Facebook Insights Data Export \\(Post Level\\) - .*\\.csv", CRLF, 2);
  }

  @Test
  void facebookFollowsSeriesHasTheSampleUtf16Preamble() {
    assertPrefix("facebook_follows.csv", ".*/facebook/.*/Facebook follows\\.csv", CRLF_UTF16, 3);
  }

  @Test
  void instagramContentHubSpotAndAdsManagerHaveTheSampleHeaderLines() {
    assertPrefix("instagram_content.csv", ".*/instagram/.*_content\\.csv", LF, 1);
    assertPrefix("hubspot_contacts.csv", ".*/crm/.*/hubspot-crm-exports-all-contacts-.*\\.csv", LF, 1);
    assertPrefix("ads_manager.csv", ".*/ads/.*-Campaigns-.*\\.csv", LF, 1);
  }

  @Test
  void ga4ExportHasTheSampleCommentBlockBlankLineAndHeader() {
    String[] sample = new String(InboxFiles.bytes(InboxFiles.SAMPLES.resolve("ga4_traffic.csv")), StandardCharsets.UTF_8).split("\n");
    Path file = InboxFiles.first(inbox, ".*/web/2026-10-02/Traffic_acquisition_Session_source_medium\\.csv");
    String[] ours = new String(InboxFiles.bytes(file), StandardCharsets.UTF_8).split("\n");
    for (int i : new int[] {0, 1, 4, 5, 8, 9}) assertEquals(sample[i], ours[i], "line " + (i + 1));
    assertTrue(ours[2].startsWith("# Account: "));
    assertTrue(ours[3].startsWith("# Property: "));
    assertEquals("# Start date: 20261002", ours[6]);
    assertEquals("# End date: 20261002", ours[7]);
    assertTrue(ours[10].contains(",20261002,"), ours[10]);
  }

  @Test
  void youTubeZipHasTheSampleEntriesTableHeaderAndTotalRow() throws IOException {
    Path file = InboxFiles.first(inbox, ".*/youtube/.*\\.zip");
    List<String> sampleEntries = new ArrayList<>();
    List<String> sampleTable = entry(InboxFiles.bytes(InboxFiles.SAMPLES.resolve("youtube_studio.zip")), "Table data.csv", sampleEntries);
    List<String> ourEntries = new ArrayList<>();
    List<String> ourTable = entry(InboxFiles.bytes(file), "Table data.csv", ourEntries);
    assertEquals(List.of("Table data.csv", "Chart data.csv", "Totals.csv"), sampleEntries);
    assertEquals(sampleEntries, ourEntries);
    assertEquals(sampleTable.get(0), ourTable.get(0));
    assertTrue(ourTable.get(1).startsWith("Total,,,,"), ourTable.get(1));
  }

  private static void assertPrefix(String sample, String regex, byte[] eol, int lines) {
    byte[] expected = InboxFiles.prefixLines(InboxFiles.bytes(InboxFiles.SAMPLES.resolve(sample)), eol, lines);
    byte[] actual = InboxFiles.prefixLines(InboxFiles.bytes(InboxFiles.first(inbox, regex)), eol, lines);
    assertArrayEquals(expected, actual, () -> sample + ": expected\n" + new String(expected, StandardCharsets.ISO_8859_1) + "\nbut got\n"
        + new String(actual, StandardCharsets.ISO_8859_1));
  }

  private static List<String> entry(byte[] zip, String name, List<String> names) throws IOException {
    List<String> lines = null;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        names.add(e.getName());
        byte[] content = in.readAllBytes();
        if (e.getName().equals(name)) lines = List.of(new String(content, StandardCharsets.UTF_8).split("\n"));
      }
    }
    return lines;
  }
}
