package socialbench.land;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Parses one member into typed rows: finds the header, recognises the format, skips the format's
 * non-data rows (metric descriptions, "Total"), and checks every data row's field count and values.
 * Blank lines are not rows. Problems with one row reject only that row; a member with more data rows
 * than max-rows or a field longer than max-field-chars is rejected whole. A rejected row keeps its
 * text without the values of personal columns ({@link RowRedactor}).
 */
final class MemberParser {
  private final FormatDetector detector;
  private final BiFunction<FormatSpec, String, ZoneId> zoneOfFormat;
  private final RecordIdHash idHash;
  private final LandLimits limits;

  /**
   * @param zoneOfFormat the zone for time-zone-less timestamps of a format arriving in a platform folder
   * @param idHash hashes record ids for the organization whose file this is
   */
  MemberParser(FormatDetector detector, BiFunction<FormatSpec, String, ZoneId> zoneOfFormat, RecordIdHash idHash, LandLimits limits) {
    this.detector = detector;
    this.zoneOfFormat = zoneOfFormat;
    this.idHash = idHash;
    this.limits = limits;
  }

  ParsedMember parse(Member member, String platform) {
    if (member.rejection() != null) return ParsedMember.rejected(member.suffix(), member.rejection());
    try {
      return parseRecords(member, platform);
    } catch (LimitExceeded e) {
      return ParsedMember.rejected(member.suffix(), e.reason());
    }
  }

  private ParsedMember parseRecords(Member member, String platform) {
    Iterator<SourceRecord> it = member.iterator();
    HeaderLocator.Header header;
    Detection detection;
    try {
      header = HeaderLocator.locate(it);
      detection = detector.detect(header.record().fields(), platform);
    } catch (FileRejection e) {
      return ParsedMember.rejected(member.suffix(), e.reason());
    }
    FormatSpec format = detection.format();
    List<ColumnSpec> landed = format.landedColumns();
    boolean hasTitle = format.titleColumn() != null;
    int width = landed.size() + (hasTitle ? 1 : 0) + 1;
    int headerWidth = header.record().fields().length;
    int[] target = detection.landedIndexOfField();
    ValueParser values = new ValueParser(format, zoneOfFormat.apply(format, platform), idHash);
    RowRedactor redactor = new RowRedactor(format, target);
    List<Object[]> rows = new ArrayList<>();
    List<RejectedRow> rejected = new ArrayList<>();
    boolean first = true;
    long records = 0;
    while (it.hasNext()) {
      SourceRecord r = it.next();
      if (++records > limits.maxRows()) return ParsedMember.rejected(member.suffix(), limits.tooManyRows());
      boolean firstData = first;
      first = false;
      if (r.isBlank() && !r.unterminatedQuote()) continue;
      String[] f = r.fields();
      if (firstData && format.descriptionRow() && f[0].isBlank()) continue;
      if (!format.skipRowsFirstField().isEmpty() && format.skipRowsFirstField().contains(f[0].strip())) continue;
      if (r.unterminatedQuote()) {
        rejected.add(new RejectedRow(r.number(), redactor.rawText(r), "truncated last row: unterminated quoted field"));
        continue;
      }
      if (f.length != headerWidth) {
        String reason =
            r.endsWithoutNewline() && f.length < headerWidth
                ? "truncated last row: " + f.length + " of " + headerWidth + " fields"
                : "wrong column count: " + f.length + " fields, header has " + headerWidth;
        if (!(r.fromSheet() && f.length < headerWidth)) {
          rejected.add(new RejectedRow(r.number(), redactor.rawText(r), reason));
          continue;
        }
      }
      Object[] row = new Object[width];
      try {
        for (int i = 0; i < headerWidth; i++) {
          int t = target[i];
          if (t == Detection.DROPPED) continue;
          row[t] = i < f.length ? values.parse(f[i], landed.get(t)) : null;
        }
      } catch (RowRejection e) {
        rejected.add(new RejectedRow(r.number(), redactor.rawText(r), e.reason()));
        continue;
      }
      if (hasTitle) row[landed.size()] = header.title();
      row[width - 1] = r.number();
      rows.add(row);
    }
    return new ParsedMember(member.suffix(), format, header.title(), rows, rejected, null);
  }

}
