package socialbench.report;

/** Escaping of text and attribute values for HTML and inline SVG. */
public final class Html {
  private Html() {}

  public static String escape(String s) {
    if (s == null) return "";
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t') {
            out.append(' '); // control characters are not allowed in HTML text
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
