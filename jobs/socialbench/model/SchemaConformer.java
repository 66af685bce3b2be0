package socialbench.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/** Makes a table model's output exactly its declared columns (order and types), or says what differs. */
public final class SchemaConformer {
  private SchemaConformer() {}

  public static StructType schemaOf(ModelFile m) {
    StructType s = new StructType();
    for (ModelFile.Column c : m.columns()) s = s.add(c.name(), DataType.fromDDL(c.type()), true);
    return s;
  }

  /**
   * A view that declares its columns (every staging view does) must give exactly those, in that order, with
   * those types: nothing is cast here, so a changed bronze type or a reordered SELECT fails at the view,
   * naming the file and the first column that differs.
   */
  public static void checkView(ModelFile m, StructType actual) {
    if (m.columns().isEmpty()) return;
    List<String> declared = new ArrayList<>();
    for (ModelFile.Column c : m.columns()) declared.add(c.name() + " " + DataType.fromDDL(c.type()).sql());
    List<String> got = new ArrayList<>();
    for (org.apache.spark.sql.types.StructField f : actual.fields()) got.add(f.name() + " " + f.dataType().sql());
    for (int i = 0; i < Math.max(declared.size(), got.size()); i++) {
      String d = i < declared.size() ? declared.get(i) : "nothing";
      String g = i < got.size() ? got.get(i) : "nothing";
      if (!d.equals(g)) {
        throw new IllegalStateException(m.path() + ": column " + (i + 1) + " is declared as " + d + " but the query gives " + g);
      }
    }
  }

  public static Dataset<Row> conform(ModelFile m, Dataset<Row> df) {
    Set<String> actual = new HashSet<>(Arrays.asList(df.columns()));
    Set<String> declared = new HashSet<>();
    List<Column> cols = new ArrayList<>();
    for (ModelFile.Column c : m.columns()) {
      declared.add(c.name());
      if (!actual.contains(c.name())) {
        throw new IllegalStateException(m.path() + ": declared column " + c.name() + " is not in the query's output");
      }
      cols.add(functions.col(c.name()).cast(DataType.fromDDL(c.type())).as(c.name()));
    }
    for (String a : actual) {
      if (!declared.contains(a)) throw new IllegalStateException(m.path() + ": output column " + a + " is not declared");
    }
    return df.select(cols.toArray(Column[]::new));
  }
}
