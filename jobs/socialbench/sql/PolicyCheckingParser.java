package socialbench.sql;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.FunctionIdentifier;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.analysis.NameParameterizedQuery$;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.parser.NamedParameterContext;
import org.apache.spark.sql.catalyst.parser.ParameterContext;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.apache.spark.sql.catalyst.parser.ParserInterface;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;
import scala.collection.immutable.Seq;

/**
 * The session's SQL parser, unchanged, except that a statement parsed for an analyst is analysed and
 * checked by the {@link AnalystPolicy} before it is handed back: a refused statement never reaches
 * execution. View texts are parsed with {@link #parseQuery} and are not statements of the analyst.
 */
final class PolicyCheckingParser implements ParserInterface {
  private final SparkSession session;
  private final ParserInterface delegate;

  PolicyCheckingParser(SparkSession session, ParserInterface delegate) {
    this.session = session;
    this.delegate = delegate;
  }

  @Override
  public LogicalPlan parsePlan(String sqlText) throws ParseException {
    LogicalPlan plan = delegate.parsePlan(sqlText);
    if (AnalystMode.enforcedHere()) check(plan);
    return plan;
  }

  @Override
  public LogicalPlan parsePlanWithParameters(String sqlText, ParameterContext context) throws ParseException {
    LogicalPlan plan = delegate.parsePlanWithParameters(sqlText, context);
    if (AnalystMode.enforcedHere()) {
      // Spark binds named parameters in the analyser (legacy constants-only mode): bind them here too.
      boolean named = context instanceof NamedParameterContext n && !n.params().isEmpty();
      check(named ? NameParameterizedQuery$.MODULE$.apply(plan, ((NamedParameterContext) context).params()) : plan);
    }
    return plan;
  }

  private void check(LogicalPlan parsed) {
    AnalystMode.runBeforeStatement();
    new AnalystPolicy((org.apache.spark.sql.classic.SparkSession) session).check(parsed);
  }

  @Override
  public Expression parseExpression(String sqlText) throws ParseException {
    return delegate.parseExpression(sqlText);
  }

  @Override
  public TableIdentifier parseTableIdentifier(String sqlText) throws ParseException {
    return delegate.parseTableIdentifier(sqlText);
  }

  @Override
  public FunctionIdentifier parseFunctionIdentifier(String sqlText) throws ParseException {
    return delegate.parseFunctionIdentifier(sqlText);
  }

  @Override
  public Seq<String> parseMultipartIdentifier(String sqlText) throws ParseException {
    return delegate.parseMultipartIdentifier(sqlText);
  }

  @Override
  public LogicalPlan parseQuery(String sqlText) throws ParseException {
    return delegate.parseQuery(sqlText);
  }

  @Override
  public StructType parseRoutineParam(String sqlText) throws ParseException {
    return delegate.parseRoutineParam(sqlText);
  }

  @Override
  public StructType parseTableSchema(String sqlText) throws ParseException {
    return delegate.parseTableSchema(sqlText);
  }

  @Override
  public DataType parseDataType(String sqlText) throws ParseException {
    return delegate.parseDataType(sqlText);
  }
}
