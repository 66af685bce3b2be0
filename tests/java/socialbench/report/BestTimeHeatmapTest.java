package socialbench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The best-time heatmap as drawn from bench.best_time cells, with hand-computed colours. */
class BestTimeHeatmapTest {
  private static final Pattern RECT = Pattern.compile("<rect [^>]*fill=\"(#[0-9a-f]{6})\"><title>([^<]*)</title></rect>");

  @Test
  void publishedCellsAreShadedAgainstTheBestOneAndWithheldOrEmptyCellsAreGreyWithTheirReason() {
    String svg = BestTimeHeatmap.svg(List.of(
        new BestTimeCell(1, 9, 5, 0.02, false), // Mon 09:00, the best cell: darkest
        new BestTimeCell(3, 18, 6, 0.01, false), // Wed 18:00, half of the best
        new BestTimeCell(7, 0, 2, null, true))); // Sun 00:00, fewer than k organizations

    assertTrue(svg.startsWith("<svg class=\"heatmap\""), svg.substring(0, 40));
    Matcher m = RECT.matcher(svg);
    int cells = 0;
    java.util.Map<String, String> fillByTitle = new java.util.HashMap<>();
    while (m.find()) {
      cells++;
      fillByTitle.put(m.group(2), m.group(1));
    }
    assertEquals(7 * 24, cells);
    // shade(1) = (8, 69, 148); shade(0.5) = (round(222 - 107), round(235 - 83), round(247 - 49.5)) = (115, 152, 198)
    assertEquals("#084594", fillByTitle.get("Mon 09:00 2%"));
    assertEquals("#7398c6", fillByTitle.get("Wed 18:00 1%"));
    assertEquals("#e6e6e6", fillByTitle.get("Sun 00:00 not published"));
    assertEquals("#e6e6e6", fillByTitle.get("Tue 12:00 no posts"));
  }
}
