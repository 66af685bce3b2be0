package socialbench.land;

/**
 * A recognised header: its format, and for every header field the index of the landed column it fills
 * ({@link #DROPPED} for personal columns that never land).
 */
public record Detection(FormatSpec format, int[] landedIndexOfField) {
  static final int DROPPED = -1;
}
