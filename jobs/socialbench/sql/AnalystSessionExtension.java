package socialbench.sql;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.SparkSessionExtensions;
import org.apache.spark.sql.catalyst.parser.ParserInterface;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Installed in every socialbench session through {@code spark.sql.extensions}: wraps the SQL parser in a
 * {@link PolicyCheckingParser}, which checks each statement of an analyst (see {@link AnalystMode})
 * against the {@link AnalystPolicy} on its analysed plan before Spark runs it.
 */
public final class AnalystSessionExtension extends AbstractFunction1<SparkSessionExtensions, BoxedUnit> {
  @Override
  public BoxedUnit apply(SparkSessionExtensions extensions) {
    extensions.injectParser(new AbstractFunction2<SparkSession, ParserInterface, ParserInterface>() {
      @Override
      public ParserInterface apply(SparkSession session, ParserInterface delegate) {
        return new PolicyCheckingParser(session, delegate);
      }
    });
    return BoxedUnit.UNIT;
  }
}
