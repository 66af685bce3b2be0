package socialbench.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads tests/fixtures/bench/ladder.csv: one page per line with its platform, organization, followers on
 * 2026-04-01 and one post on 2026-04-10, Friday 10:00 UTC (followers at publish = followers, given
 * engagements, topic careers for smb and events for enterprise organizations).
 */
final class LadderFixture {
  private LadderFixture() {}

  static DwFixture load() {
    DwFixture f = new DwFixture();
    java.util.Set<String> orgs = new java.util.HashSet<>();
    try {
      for (String line : Files.readAllLines(Path.of("tests/fixtures/bench/ladder.csv"))) {
        if (line.startsWith("#") || line.startsWith("platform,") || line.isBlank()) continue;
        String[] c = line.split(",");
        String platform = c[0], org = c[1], page = c[4];
        long followers = Long.parseLong(c[5]);
        if (orgs.add(org)) f.org(org, c[2], c[3]);
        f.page(page, platform, org);
        f.followers(page, platform, org, "2026-04-01", followers, 0L);
        f.post(page + "-post", platform, page, org, "2026-04-10T10:00:00Z")
            .followersAtPublish(followers).engagements(Long.parseLong(c[6]))
            .topics(c[3].equals("smb") ? "careers" : "events").add();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return f;
  }
}
