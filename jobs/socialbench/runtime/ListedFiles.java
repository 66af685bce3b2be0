package socialbench.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A list file under {@code sql/} ({@code sql/views/views.list}, {@code sql/export/exports.list}): one entry per
 * line, a file relative to {@code sql/} followed by the words the list defines, blank lines and {@code #}
 * comments ignored. Loading checks that every listed file exists; what the words mean is checked by the
 * list's reader, which names the entry's list and line ({@link Entry#where()}) in its errors.
 */
public final class ListedFiles {
  private ListedFiles() {}

  /** One line of a list: the listed file (relative to {@code sql/}) and the words after it. */
  public record Entry(String list, int line, String file, List<String> words) {
    public Entry {
      words = List.copyOf(words);
    }

    /** {@code list:line}, for errors. */
    public String where() {
      return list + ":" + line;
    }

    /** The listed file's text. */
    public String text() {
      return Resources.text("sql/" + file);
    }
  }

  /** The entries of the classpath resource {@code list}, each file checked to exist on the classpath. */
  public static List<Entry> load(String list) {
    return parse(list, Resources.text(list), file -> Resources.exists("sql/" + file));
  }

  static List<Entry> parse(String list, String text, Predicate<String> exists) {
    List<Entry> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) continue;
      List<String> words = Arrays.asList(line.split("\\s+"));
      Entry e = new Entry(list, i + 1, words.get(0), words.subList(1, words.size()));
      if (!exists.test(e.file())) throw new IllegalStateException(e.where() + ": sql/" + e.file() + " does not exist");
      out.add(e);
    }
    return out;
  }
}
