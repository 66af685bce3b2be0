package socialbench.generate;

/** Platform-looking identifiers derived from hashes. */
final class Ids {
  private static final char[] B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();

  private Ids() {}

  static String base64Url(long key, int length) {
    StringBuilder out = new StringBuilder(length);
    long k = key;
    for (int i = 0; i < length; i++) {
      if (i % 10 == 9) k = Rand.key(k, "b64");
      out.append(B64[(int) (k & 63)]);
      k >>>= 6;
    }
    return out.toString();
  }

  /** A positive number with exactly {@code digits} digits (digits ≤ 18). */
  static long digits(long key, int digits) {
    long low = 1;
    for (int i = 1; i < digits; i++) low *= 10;
    return low + Math.floorMod(key, 9 * low);
  }
}
