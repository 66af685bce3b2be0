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
