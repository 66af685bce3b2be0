package socialbench.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Number formats of the report, independent of the machine's locale: ratios as percentages with three
 * significant digits ({@code 0.0123 → "1.23%"}), plain numbers with two decimals, counts as digits with
 * thousands separators, money in USD with two decimals. A missing value reads "–".
 */
public final class Format {
  public static final String MISSING = "–";
  private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_EVEN);

  private Format() {}

  public static String percent(Double ratio) {
    if (ratio == null || ratio.isNaN() || ratio.isInfinite()) return MISSING;
    return significant(ratio * 100) + "%";
  }

  /** Three significant digits without exponent: 0.005564 → "0.00556", 123.456 → "123", 0 → "0". */
  public static String significant(double v) {
    if (v == 0) return "0";
    BigDecimal d = new BigDecimal(v).round(THREE_DIGITS).stripTrailingZeros();
    return d.toPlainString();
  }

  public static String decimal(Double v) {
    if (v == null || v.isNaN() || v.isInfinite()) return MISSING;
    return new BigDecimal(v).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
  }

  public static String money(Double v) {
    if (v == null || v.isNaN() || v.isInfinite()) return MISSING;
    return "USD " + decimal(v);
  }

  public static String count(Long v) {
    if (v == null) return MISSING;
    String digits = Long.toString(Math.abs(v));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) out.append(',');
      out.append(digits.charAt(i));
    }
    return (v < 0 ? "-" : "") + out;
  }

  /** A percentile rank (0–100) with one decimal. */
  public static String rank(Double r) {
    if (r == null) return MISSING;
    return new BigDecimal(r).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }

  /** SVG coordinates: one decimal, '.' as separator. */
  public static String coord(double v) {
    return new BigDecimal(v).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }
}
