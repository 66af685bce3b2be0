package socialbench.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The models in run order: {@code sql/models.list} names one {@code .sql} file per line (relative to
 * {@code sql/}), read from the classpath. Loading checks the order: a model may only use views
 * ({@code stg_*}, {@code int_*}) defined by a model above it.
 */
public final class ModelManifest {
  static final String LIST = "sql/models.list";
  /** A reference to a staging or intermediate view in a query (also used by ModelGraph). */
  static final Pattern VIEW_REF = Pattern.compile("\\b((?:stg|int)_\\w+)\\b");

  private ModelManifest() {}

  public static List<ModelFile> load() {
    List<ModelFile> models = new ArrayList<>();
    Set<String> defined = new HashSet<>();
    for (String line : read(LIST).split("\n")) {
      String entry = line.strip();
      if (entry.isEmpty() || entry.startsWith("#")) continue;
      ModelFile m = ModelFile.parse(entry, read("sql/" + entry));
      Matcher refs = VIEW_REF.matcher(m.usedText());
      while (refs.find()) {
        if (!defined.contains(refs.group(1))) {
          throw new IllegalStateException(entry + " uses " + refs.group(1) + ", which no model above it in " + LIST + " defines");
        }
      }
      if (m.kind() == ModelFile.Kind.VIEW) defined.add(m.name());
      models.add(m);
    }
    return models;
  }

  static String read(String resource) {
    try (InputStream in = ModelManifest.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("missing resource " + resource);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
