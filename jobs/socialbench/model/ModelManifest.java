package socialbench.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import socialbench.runtime.ListedFiles;
import socialbench.runtime.Resources;

/**
 * The models in run order: {@code sql/models.list} (the model stage) and {@code sql/bench/models.list} (the
 * bench stage) name one {@code .sql} file per line (relative to {@code sql/}), read from the classpath
 * ({@link ListedFiles}: a listed file that does not exist fails naming the list and line). Loading
 * checks the order (a model may only use views ({@code stg_*}, {@code int_*}) defined by a model above it) and
 * that every table model of the model stage has a key (its uniqueness check is derived from it).
 */
public final class ModelManifest {
  static final String LIST = "sql/models.list";
  /** A reference to a staging or intermediate view in a query (also used by ModelGraph). */
  static final Pattern VIEW_REF = Pattern.compile("\\b((?:stg|int)_\\w+)\\b");

  private ModelManifest() {}

  public static List<ModelFile> load() {
    return load(LIST);
  }

  /** The models of {@code list} (a classpath resource such as {@code sql/bench/models.list}), checked the same way. */
  public static List<ModelFile> load(String list) {
    List<ModelFile> models = new ArrayList<>();
    Set<String> defined = new HashSet<>();
    for (ListedFiles.Entry e : ListedFiles.load(list)) {
      String entry = e.file();
      if (!e.words().isEmpty()) throw new IllegalStateException(e.where() + ": one model file per line, got '" + entry + " " + String.join(" ", e.words()) + "'");
      ModelFile m = ModelFile.parse(entry, e.text());
      Matcher refs = VIEW_REF.matcher(m.usedText());
      while (refs.find()) {
        if (!defined.contains(refs.group(1))) {
          throw new IllegalStateException(entry + " uses " + refs.group(1) + ", which no model above it in " + list + " defines");
        }
      }
      if (list.equals(LIST) && m.kind() == ModelFile.Kind.TABLE && m.key().isEmpty()) {
        throw new IllegalStateException(entry + ": a table model declares its key ('-- key: k1, k2'); its uniqueness check is derived from it");
      }
      if (m.kind() == ModelFile.Kind.VIEW) defined.add(m.name());
      models.add(m);
    }
    return models;
  }

  /** A classpath resource as text (the jar carries {@code sql/}). */
  public static String read(String resource) {
    return Resources.text(resource);
  }
}
