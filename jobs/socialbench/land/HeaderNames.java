package socialbench.land;

/** Header names compare case-insensitively, ignoring punctuation and repeated spaces. */
final class HeaderNames {
  private HeaderNames() {}

  /** "Duration (sec)" → "duration sec"; "tweet_id" → "tweet id". */
  static String normalise(String header) {
    StringBuilder sb = new StringBuilder(header.length());
    boolean space = false;
    for (int i = 0; i < header.length(); ) {
      int cp = header.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (space && sb.length() > 0) sb.append(' ');
        space = false;
        sb.appendCodePoint(Character.toLowerCase(cp));
      } else {
        space = true;
      }
    }
    return sb.toString();
  }
}
