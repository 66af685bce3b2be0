package socialbench.land;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

/** docs/landing.md is the staging models' contract: it must list every bronze column as configured. */
class LandingDocTest {

  @Test
  void docsListEveryBronzeTableWithItsColumnsInOrder() throws Exception {
    String doc = Files.readString(Path.of("docs/landing.md"));
    for (FormatSpec f : Parsing.CATALOG.all()) {
      List<String> cols = new ArrayList<>();
      for (StructField field : BronzeSchema.of(f).fields()) {
        if (field.name().startsWith("_")) continue;
        cols.add(field.name() + " " + field.dataType().sql());
      }
      String line = "- `bronze." + f.name() + "`: " + String.join(", ", cols) + "\n";
      assertTrue(doc.contains(line), "docs/landing.md lacks or differs from: " + line);
    }
  }
}
