package socialbench.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which models of a model list ({@code sql/models.list}, {@code sql/bench/models.list}) must finish before another may start, so the runner can run
 * independent ones side by side and still give every model exactly the inputs the sequential order gives
 * it. Model {@code i} waits for an earlier model {@code j} when
 * <ul>
 *   <li>{@code i} uses a view {@code j} defines (the last definition above {@code i});
 *   <li>{@code j} is a params model and {@code i} uses a named parameter that is not one of the runner's
 *       own ({@code :ds}, {@code :min_from}, the configuration's), so may be one of {@code j}'s;
 *   <li>{@code j} writes a table {@code i} reads, directly or through the views it uses (read after write;
 *       not through a {@code materialize: checkpoint} view, which read its tables when it ran);
 *   <li>{@code i} writes a table {@code j} reads, directly or through its views (write after read: in the
 *       listed order {@code j} saw the table before {@code i} replaced it).
 * </ul>
 * References are found by name in the query text ({@code stg_*}, {@code int_*} views, {@code dw.*} and {@code bench.*} tables),
 * the same way {@link ModelManifest} checks the order; a false match only adds an edge (less overlap),
 * never removes one.
 */
public final class ModelGraph {
  private static final Pattern TABLE_REF = Pattern.compile("\\b((?:dw|bench)\\.\\w+)\\b");
  private static final Pattern PARAM_REF = Pattern.compile("(?<![:\\w]):(\\w+)");

  private final List<ModelFile> models;
  private final List<Set<Integer>> dependsOn;

  private ModelGraph(List<ModelFile> models, List<Set<Integer>> dependsOn) {
    this.models = models;
    this.dependsOn = dependsOn;
  }

  /** The graph of {@code models}; {@code runnerParams} are the named parameters bound before any model runs. */
  public static ModelGraph of(List<ModelFile> models, Set<String> runnerParams) {
    Map<String, Integer> viewDefinedBy = new HashMap<>();
    List<Set<String>> reads = new ArrayList<>();
    List<Set<Integer>> deps = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      ModelFile m = models.get(i);
      Set<Integer> d = new TreeSet<>();
      Set<String> tablesRead = new HashSet<>();
      Matcher v = ModelManifest.VIEW_REF.matcher(m.usedText());
      while (v.find()) {
        Integer j = viewDefinedBy.get(v.group(1));
        if (j != null) {
          d.add(j);
          // A checkpointed view read its tables when it ran: a model using it reads the checkpoint, not them.
          if (!models.get(j).checkpoint()) tablesRead.addAll(reads.get(j));
        }
      }
      boolean usesModelParams = false;
      Matcher p = PARAM_REF.matcher(m.query());
      while (p.find()) usesModelParams |= !runnerParams.contains(p.group(1));
      Matcher t = TABLE_REF.matcher(m.query());
      while (t.find()) tablesRead.add(t.group(1));
      for (int j = 0; j < i; j++) {
        ModelFile earlier = models.get(j);
        if (earlier.kind() == ModelFile.Kind.PARAMS && usesModelParams) d.add(j);
        if (earlier.kind() == ModelFile.Kind.TABLE && tablesRead.contains(earlier.name())) d.add(j);
        if (m.kind() == ModelFile.Kind.TABLE && reads.get(j).contains(m.name())) d.add(j);
      }
      reads.add(tablesRead);
      deps.add(d);
      if (m.kind() == ModelFile.Kind.VIEW) viewDefinedBy.put(m.name(), i);
    }
    return new ModelGraph(models, deps);
  }

  /** Indexes (into the model list) of the models {@code i} waits for, all smaller than {@code i}. */
  public Set<Integer> dependsOn(int i) {
    return dependsOn.get(i);
  }

  /** {@code name <- dep, dep} lines, for docs and for reading a run's order. */
  String describe() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < models.size(); i++) {
      sb.append(models.get(i).name()).append(" <-");
      for (int j : dependsOn.get(i)) sb.append(' ').append(models.get(j).name());
      sb.append('\n');
    }
    return sb.toString();
  }
}
