package socialbench.sql;

import java.util.ArrayList;
import java.util.List;

/** Splits SQL text into statements on semicolons outside quotes and comments. */
public final class SqlScript {
  private SqlScript() {}

  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    char quote = 0;
    boolean lineComment = false;
    boolean blockComment = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      if (lineComment) {
        if (c == '\n') {
          lineComment = false;
          cur.append(c);
        }
        continue;
      }
      if (blockComment) {
        if (c == '*' && next == '/') {
          blockComment = false;
          i++;
        }
        continue;
      }
      if (quote != 0) {
        cur.append(c);
        if (c == '\\' && quote != '`' && next != 0) {
          cur.append(next);
          i++;
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if (c == '-' && next == '-') {
        lineComment = true;
        i++;
      } else if (c == '/' && next == '*') {
        blockComment = true;
        i++;
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
        cur.append(c);
      } else if (c == ';') {
        add(out, cur);
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    add(out, cur);
    return out;
  }

  /** True if the text holds a complete statement (ends with a semicolon outside quotes). */
  public static boolean isComplete(String text) {
    String t = text.strip();
    if (!t.endsWith(";")) return false;
    List<String> parts = split(t + "\nselect 1");
    return parts.size() >= 2;
  }

  private static void add(List<String> out, StringBuilder cur) {
    String s = cur.toString().strip();
    if (!s.isEmpty()) out.add(s);
  }
}
