package socialbench.land;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import socialbench.runtime.Settings;

/** Test helper: runs the landing parse (container → header → format → typed rows) on bytes, without Spark. */
final class Parsing {
  static final Path SAMPLES = Path.of("tests/fixtures/land/inbox/riverside-health");
  static final FormatCatalog CATALOG = FormatCatalog.from(Settings.defaults().config());
  static final String SALT = Settings.defaults().config().getString("socialbench.privacy.hash-salt");
  static final LandLimits LIMITS = LandLimits.from(Settings.defaults().config());
  /** The organization the parsed bytes belong to (record ids are hashed with it). */
  static final String ORG = "riverside-health";

  private Parsing() {}

  static List<ParsedMember> parse(byte[] bytes, String platform, ZoneId pageZone) {
    return parse(bytes, platform, pageZone, LIMITS);
  }

  static List<ParsedMember> parse(byte[] bytes, String platform, ZoneId pageZone, LandLimits limits) {
    MemberExtractor extractor =
        new MemberExtractor(new TextDecoder(List.of("UTF-8")), Set.of("Totals.csv"), limits);
    MemberParser parser =
        new MemberParser(
            new FormatDetector(CATALOG),
            (format, p) -> format.usesPageZone() ? pageZone : ZoneId.of(format.localZone()),
            RecordIdHash.of(SALT, ORG),
            limits);
    List<ParsedMember> out = new ArrayList<>();
    for (Member m : extractor.extract(bytes)) out.add(parser.parse(m, platform));
    return out;
  }

  static List<ParsedMember> parse(byte[] bytes, String platform) {
    return parse(bytes, platform, ZoneOffset.UTC);
  }

  static ParsedMember one(byte[] bytes, String platform) {
    List<ParsedMember> all = parse(bytes, platform);
    if (all.size() != 1) throw new AssertionError("expected one member, got " + all.size());
    return all.get(0);
  }

  static ParsedMember one(String csv, String platform) {
    return one(csv.getBytes(StandardCharsets.UTF_8), platform);
  }

  static byte[] sample(String platform, String file) throws IOException {
    return Files.readAllBytes(SAMPLES.resolve(platform).resolve("2026-11-01").resolve(file));
  }

  /** The value of a landed column in a parsed row. */
  static Object value(ParsedMember m, int row, String column) {
    List<ColumnSpec> cols = m.format().landedColumns();
    for (int i = 0; i < cols.size(); i++) {
      if (cols.get(i).name().equals(column)) return m.rows().get(row)[i];
    }
    if (column.equals(m.format().titleColumn())) return m.rows().get(row)[cols.size()];
    throw new AssertionError("no column " + column + " in " + m.format().name());
  }

  static long sumLong(ParsedMember m, String column) {
    long s = 0;
    for (int i = 0; i < m.rows().size(); i++) {
      Object v = value(m, i, column);
      if (v != null) s += (Long) v;
    }
    return s;
  }

  static long rowNumber(ParsedMember m, int row) {
    Object[] r = m.rows().get(row);
    return (Long) r[r.length - 1];
  }
}
