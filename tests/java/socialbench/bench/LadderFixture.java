package socialbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Reads tests/fixtures/bench/ladder.csv: one linkedin page per line with its organization, followers on the
 * month's first day and one post on the 10th (followers at publish = followers, given engagements).
 */
final class LadderFixture {
  private LadderFixture() {}

  static DwFixture load() {
    DwFixture f = new DwFixture();
    java.util.Set<String> orgs = new java.util.HashSet<>();
    try {
      for (String line : Files.readAllLines(Path.of("tests/fixtures/bench/ladder.csv"))) {
        if (line.startsWith("#") || line.startsWith("month,") || line.isBlank()) continue;
        String[] c = line.split(",");
        LocalDate month = LocalDate.parse(c[0]);
        String org = c[1], page = c[4];
        long followers = Long.parseLong(c[5]);
        if (orgs.add(org)) f.org(org, c[2], c[3]);
        f.page(page, "linkedin", org);
        f.followers(page, "linkedin", org, month.toString(), followers, 0L);
        f.post(page + "-post", "linkedin", page, org, month.plusDays(9) + "T10:00:00Z")
            .followersAtPublish(followers).engagements(Long.parseLong(c[6])).add();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return f;
  }
}
