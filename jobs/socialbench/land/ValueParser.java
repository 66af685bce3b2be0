package socialbench.land;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns one text field into the typed value of its column, following the format's configuration:
 * NULL tokens, thousands separators, percentages, date and timestamp patterns, and the zone for
 * timestamps without an offset. Not thread-safe (one per member being parsed).
 */
final class ValueParser {
  private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

  private final FormatSpec format;
  private final ZoneId zone;
  private final RecordIdHash idHash;
  private final List<DateTimeFormatter> dateFormats = new ArrayList<>();
  private final List<DateTimeFormatter> timestampFormats = new ArrayList<>();
  private int lastDate;
  private int lastTimestamp;

  ValueParser(FormatSpec format, ZoneId zone, RecordIdHash idHash) {
    this.format = format;
    this.zone = zone;
    this.idHash = idHash;
    for (String p : format.dateFormats()) dateFormats.add(formatter(p, true));
    for (String p : format.timestampFormats()) timestampFormats.add(formatter(p, false));
  }

  private static DateTimeFormatter formatter(String pattern, boolean date) {
    if (pattern.equalsIgnoreCase("iso")) return date ? DateTimeFormatter.ISO_DATE : DateTimeFormatter.ISO_DATE_TIME;
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.US);
  }

  /** The typed value, or null for a NULL token; throws with the row's rejection reason. */
  Object parse(String raw, ColumnSpec column) throws RowRejection {
    String s = raw.strip();
    if (column.nulls().contains(s)) return null;
    switch (column.type()) {
      case STRING:
        return column.hash() ? idHash.hash(s) : s;
      case LONG:
        Long v = parseLong(s, column);
        if (v < 0 && !column.signed()) {
          throw new RowRejection("negative count \"" + s + "\" in column " + column.name());
        }
        return v;
      case DOUBLE:
        return number(s, column, false);
      case PERCENT:
        return number(s.endsWith("%") ? s.substring(0, s.length() - 1) : s, column, true) / 100.0;
      case RATIO:
        return s.endsWith("%") ? number(s.substring(0, s.length() - 1), column, true) / 100.0 : number(s, column, false);
      case DATE:
        return parseDate(s, column);
      case TIMESTAMP:
        return parseTimestamp(s, column);
      default:
        throw new IllegalStateException(column.type().name());
    }
  }

  private Long parseLong(String s, ColumnSpec column) throws RowRejection {
    String t = plain(s, column);
    Long fast = wholeNumber(t);
    if (fast != null) return fast;
    try {
      BigDecimal d = new BigDecimal(t);
      if (d.stripTrailingZeros().scale() > 0) {
        throw new RowRejection("not a whole number \"" + s + "\" in column " + column.name());
      }
      return d.longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      throw new RowRejection("non-numeric value \"" + s + "\" in column " + column.name());
    }
  }

  /** "123", "-5", "2633.0", "7.00" without exceptions; null for anything else (then BigDecimal decides). */
  private static Long wholeNumber(String t) {
    int n = t.length();
    int i = 0;
    boolean negative = false;
    if (n > 0 && t.charAt(0) == '-') {
      negative = true;
      i = 1;
    }
    int digitsStart = i;
    long v = 0;
    while (i < n && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
      if (i - digitsStart >= 18) return null;
      v = v * 10 + (t.charAt(i) - '0');
      i++;
    }
    if (i == digitsStart) return null;
    if (i < n) {
      if (t.charAt(i) != '.') return null;
      for (int k = i + 1; k < n; k++) {
        if (t.charAt(k) != '0') return null;
      }
    }
    return negative ? -v : v;
  }

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?|-?[0-9]+\\.");

  private double number(String s, ColumnSpec column, boolean percent) throws RowRejection {
    String t = plain(s.strip(), column);
    if (!DECIMAL.matcher(t).matches()) {
      throw new RowRejection("non-numeric value \"" + s + "\" in column " + column.name());
    }
    return Double.parseDouble(t);
  }

  private static String plain(String s, ColumnSpec column) {
    if (s.indexOf(',') >= 0 && THOUSANDS.matcher(s).matches()) return s.replace(",", "");
    return s;
  }

  private LocalDate parseDate(String s, ColumnSpec column) throws RowRejection {
    for (int k = 0; k < dateFormats.size(); k++) {
      int i = (lastDate + k) % dateFormats.size();
      try {
        TemporalAccessor t = dateFormats.get(i).parse(s);
        LocalDate d = LocalDate.from(t);
        lastDate = i;
        return d;
      } catch (RuntimeException e) {
        // next pattern
      }
    }
    throw new RowRejection("unreadable date \"" + s + "\" in column " + column.name());
  }

  private Instant parseTimestamp(String s, ColumnSpec column) throws RowRejection {
    for (int k = 0; k < timestampFormats.size(); k++) {
      int i = (lastTimestamp + k) % timestampFormats.size();
      try {
        TemporalAccessor t =
            timestampFormats.get(i).parseBest(s, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
        Instant out;
        if (t instanceof ZonedDateTime z) out = z.toInstant();
        else if (t instanceof OffsetDateTime o) out = o.toInstant();
        else if (t instanceof LocalDateTime l) out = l.atZone(zone).toInstant();
        else out = ((LocalDate) t).atStartOfDay(zone).toInstant();
        lastTimestamp = i;
        return out;
      } catch (RuntimeException e) {
        // next pattern
      }
    }
    throw new RowRejection("unreadable timestamp \"" + s + "\" in column " + column.name());
  }

  FormatSpec format() {
    return format;
  }
}
