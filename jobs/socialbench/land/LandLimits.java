package socialbench.land;

import com.typesafe.config.Config;

/**
 * What one inbox file may cost before it is rejected ({@code socialbench.land.limits} in
 * conf/socialbench.conf): bytes on disk, bytes after decompression per archive member and in total, the
 * decompression ratio, data rows per member and characters per field. Every limit is checked while
 * reading, so a hostile file is stopped before it allocates more than the limit.
 */
public record LandLimits(long maxFileBytes, long maxInflatedBytes, double maxInflationRatio, long maxRows, int maxFieldChars) {
  static final String PREFIX = "socialbench.land.limits.";

  public static LandLimits from(Config config) {
    Config c = config.getConfig("socialbench.land.limits");
    LandLimits l =
        new LandLimits(
            c.getBytes("max-file-bytes"),
            c.getBytes("max-inflated-bytes"),
            c.getDouble("max-inflation-ratio"),
            c.getLong("max-rows"),
            c.getInt("max-field-chars"));
    if (l.maxFileBytes <= 0 || l.maxInflatedBytes <= 0 || l.maxInflationRatio < 1 || l.maxRows <= 0 || l.maxFieldChars <= 0) {
      throw new IllegalArgumentException("socialbench.land.limits: every limit must be positive and the ratio at least 1: " + l);
    }
    // decoded text is held as one Java string per member
    if (l.maxFileBytes >= Integer.MAX_VALUE - 16 || l.maxInflatedBytes >= Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("socialbench.land.limits: max-file-bytes and max-inflated-bytes must be below 2 GiB");
    }
    return l;
  }

  String fileTooLarge(long size) {
    return "file too large: " + size + " bytes (limit " + PREFIX + "max-file-bytes = " + maxFileBytes + ")";
  }

  String inflatedTooLarge() {
    return "decompresses to more than " + maxInflatedBytes + " bytes (limit " + PREFIX + "max-inflated-bytes)";
  }

  String ratioTooHigh() {
    return "decompresses to more than " + ratioText() + " times its compressed size (limit " + PREFIX + "max-inflation-ratio)";
  }

  String tooManyRows() {
    return "more than " + maxRows + " data rows (limit " + PREFIX + "max-rows)";
  }

  private String ratioText() {
    return maxInflationRatio == Math.rint(maxInflationRatio) ? String.valueOf((long) maxInflationRatio) : String.valueOf(maxInflationRatio);
  }
}
