package socialbench.generate;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Number and date spellings of the exports. All formatters use Locale.US, never the machine's locale. */
final class Fmt {
  private Fmt() {}

  static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.US);
  static final DateTimeFormatter COMPACT_DATE = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.US);
  static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);
  static final DateTimeFormatter FB_POSTED = DateTimeFormatter.ofPattern("MM/dd/yyyy hh:mm:ss a", Locale.US);
  static final DateTimeFormatter MBS_PUBLISH = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm", Locale.US);
  static final DateTimeFormatter MBS_FILE = DateTimeFormatter.ofPattern("MMM-dd-yyyy", Locale.US);
  static final DateTimeFormatter ADS_FILE = DateTimeFormatter.ofPattern("MMM-d-yyyy", Locale.US);
  static final DateTimeFormatter X_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm", Locale.US);
  static final DateTimeFormatter SERIES_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'00:00:00", Locale.US);
  static final DateTimeFormatter YOUTUBE_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
  static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.US);
  static final DateTimeFormatter LOCAL_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.US);
  static final DateTimeFormatter ISO_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.US);

  static String n(long v) {
    return Long.toString(v);
  }

  /** X analytics numbers: {@code 2633.0}. */
  static String dotZero(long v) {
    return v + ".0";
  }

  /** A ratio as a plain decimal (never scientific notation). */
  static String ratio(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) return "0.0";
    return new BigDecimal(Double.toString(v)).toPlainString();
  }

  static String fixed(double v, int decimals) {
    return String.format(Locale.US, "%." + decimals + "f", v);
  }

  /** Money with thousands separators, as Ads Manager and HubSpot write it: {@code 1,840.55}. */
  static String money(double v) {
    return String.format(Locale.US, "%,.2f", v);
  }
}
