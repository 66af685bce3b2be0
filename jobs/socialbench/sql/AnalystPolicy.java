package socialbench.sql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.catalyst.QueryPlanningTracker;
import org.apache.spark.sql.catalyst.TableIdentifier;
import org.apache.spark.sql.catalyst.analysis.ResolvedNamespace;
import org.apache.spark.sql.catalyst.analysis.ResolvedPersistentView;
import org.apache.spark.sql.catalyst.analysis.ResolvedTable;
import org.apache.spark.sql.catalyst.catalog.HiveTableRelation;
import org.apache.spark.sql.catalyst.expressions.Expression;
import org.apache.spark.sql.catalyst.expressions.SubqueryExpression;
import org.apache.spark.sql.catalyst.plans.logical.Command;
import org.apache.spark.sql.catalyst.plans.logical.LeafNode;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.catalyst.plans.logical.View;
import org.apache.spark.sql.classic.SparkSession;
import org.apache.spark.sql.catalyst.analysis.LocalTempView$;
import org.apache.spark.sql.execution.command.CreateViewCommand;
import org.apache.spark.sql.execution.command.ExplainCommand;
import org.apache.spark.sql.execution.command.SetCommand;
import org.apache.spark.sql.execution.datasources.HadoopFsRelation;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import org.apache.spark.sql.execution.datasources.v2.DataSourceV2Relation;
import scala.Option;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What an analyst may run on the warehouse (docs/design.md §8): queries over the tables and views of
 * {@link #DATABASES}, SHOW and DESCRIBE of them, EXPLAIN of a query, USE of those databases and SET of a
 * few display settings, and temporary views (of the analyst's own session) over what they may query.
 * Everything else is refused before it runs: DDL and DML (also through a view),
 * CACHE/UNCACHE/REFRESH, ADD JAR/FILE, CREATE FUNCTION, INSERT OVERWRITE DIRECTORY, CTAS, relations read
 * by path ({@code text.`/file`}, {@code delta.`/table`}, {@code read_files(…)}) and functions that run
 * code ({@code reflect}, {@code java_method}, {@code try_reflect}, user-defined functions).
 *
 * <p>The check walks the <em>analysed</em> plan, so it sees what Spark would run, whatever the SQL text
 * looks like. Tables of the allowed databases are read as the catalog resolves them (the published
 * version, {@code socialbench.runtime.WarehouseTableCatalog}); views of those databases (the analyst views)
 * are trusted: only the process creates them. The bodies of temporary views are checked like queries.
 */
public final class AnalystPolicy {
  /** The databases of the analyst catalog. */
  public static final List<String> DATABASES = List.of("dw", "bench", "default");

  /** Session settings an analyst may SET: they change how results are shown or computed, never what is read. */
  public static final Set<String> SETTABLE = Set.of(
      "spark.sql.session.timezone", "spark.sql.ansi.enabled", "spark.sql.shuffle.partitions",
      "spark.sql.legacy.timeparserpolicy", "spark.sql.datetime.java8api.enabled", "spark.sql.caseSensitive".toLowerCase(Locale.ROOT));

  private static final Set<String> READ_ONLY_COMMANDS = Set.of(
      "ShowNamespaces", "ShowNamespacesCommand", "ShowTables", "ShowTablesCommand", "ShowTableExtended",
      "ShowTablesExtendedCommand", "ShowViews", "ShowViewsCommand", "ShowColumns", "ShowColumnsCommand",
      "ShowFunctions", "ShowFunctionsCommand", "ShowTableProperties", "ShowTablePropertiesCommand",
      "ShowCurrentNamespace", "ShowCurrentNamespaceCommand", "ShowCatalogs", "ShowCatalogsCommand",
      "DescribeRelation", "DescribeTableCommand", "DescribeColumn", "DescribeColumnCommand",
      "DescribeNamespace", "DescribeDatabaseCommand", "DescribeFunction", "DescribeFunctionCommand",
      "DescribeQueryCommand", "SetCatalogAndNamespace", "SetNamespaceCommand");

  private static final Set<String> LEAVES = Set.of("LocalRelation", "OneRowRelation", "Range", "CTERelationRef", "EmptyRelation");

  private static final Set<String> WRITES = Set.of("DeleteFromTable", "UpdateTable", "MergeIntoTable");

  private static final Set<String> FILE_FUNCTIONS = Set.of("read_files");

  private static final Set<String> CODE_FUNCTIONS = Set.of("CallMethodViaReflection", "TryReflect");

  private final SparkSession session;

  public AnalystPolicy(SparkSession session) {
    this.session = session;
  }

  /** Analyses {@code parsed} in the session (nothing runs) and refuses it if the policy does not allow it. */
  public void check(LogicalPlan parsed) {
    String root = parsed.getClass().getSimpleName();
    if (root.startsWith("ExecuteImmediate") || root.equals("CompoundBody") || root.startsWith("SingleStatement")) {
      throw new AnalystRefusal("statement " + root + " (EXECUTE IMMEDIATE and SQL scripts)");
    }
    checkParsed(parsed);
    LogicalPlan analysed;
    try {
      analysed = analyse(parsed);
    } catch (Exception e) { // Spark's AnalysisException is checked but undeclared by Scala; rethrown precisely
      // A command that does not even analyse (ALTER VIEW of a table, …) is refused as what it was asked to be.
      if (e instanceof org.apache.spark.sql.AnalysisException && parsed instanceof Command
          && !READ_ONLY_COMMANDS.contains(nodeName(parsed))) {
        throw new AnalystRefusal("statement " + nodeName(parsed));
      }
      throw e;
    }
    checkAnalysed(analysed);
  }

  /**
   * Before analysis: writes (an INSERT or DELETE on a view fails analysis with Spark's or Delta's own
   * message; the analyst should read ours) and table functions that read files, which are resolved by reading them.
   */
  private static void checkParsed(LogicalPlan plan) {
    String name = nodeName(plan);
    if (name.startsWith("Insert") || WRITES.contains(name)) throw new AnalystRefusal("statement " + name);
    if (name.equals("UnresolvedTableValuedFunction") && plan.productElement(0) instanceof scala.collection.Seq<?> fn
        && FILE_FUNCTIONS.contains(String.valueOf(fn.last()).toLowerCase(Locale.ROOT))) {
      throw new AnalystRefusal("function " + fn.last() + " (it reads files)");
    }
    for (LogicalPlan child : CollectionConverters.asJava(plan.children())) checkParsed(child);
  }

  LogicalPlan analyse(LogicalPlan parsed) {
    return session.sessionState().analyzer().executeAndCheck(parsed, new QueryPlanningTracker(Option.empty()));
  }

  /** Refuses the analysed plan unless the policy allows it. */
  void checkAnalysed(LogicalPlan plan) {
    if (plan instanceof ExplainCommand explain) {
      check(explain.logicalPlan());
    } else if (plan instanceof SetCommand set) {
      checkSet(set);
    } else if (plan instanceof CreateViewCommand view && view.viewType() instanceof LocalTempView$) {
      checkQuery(view.plan()); // a temporary view lives in the analyst's own session: its query is checked
    } else if (plan instanceof Command) {
      String name = nodeName(plan);
      if (!READ_ONLY_COMMANDS.contains(name)) throw new AnalystRefusal("statement " + name);
      checkNamespaces(plan);
    } else {
      checkQuery(plan);
    }
  }

  private static String nodeName(LogicalPlan plan) {
    String name = plan.getClass().getSimpleName();
    return name.endsWith("$") ? name.substring(0, name.length() - 1) : name; // Scala objects: ClearCacheCommand$
  }

  private static void checkSet(SetCommand set) {
    Option<Tuple2<String, Option<String>>> kv = set.kv();
    if (kv.isEmpty() || kv.get()._2().isEmpty()) return; // SET, SET -v, SET key: show settings
    String key = kv.get()._1();
    if (!SETTABLE.contains(key.toLowerCase(Locale.ROOT))) {
      throw new AnalystRefusal("SET " + key + " (settable: " + String.join(", ", SETTABLE.stream().sorted().toList()) + ")");
    }
  }

  /** SHOW, DESCRIBE and USE may name only databases and tables of the analyst catalog. */
  private static void checkNamespaces(LogicalPlan command) {
    for (LogicalPlan child : CollectionConverters.asJava(command.children())) {
      if (child instanceof ResolvedNamespace ns) checkDatabase(String.join(".", CollectionConverters.asJava(ns.namespace())), null);
      if (child instanceof ResolvedTable t) checkDatabase(t.identifier().namespace(), t.identifier().name());
      if (child instanceof ResolvedPersistentView v) checkDatabase(v.identifier().namespace(), v.identifier().name());
    }
    scala.collection.Iterator<Object> fields = command.productIterator();
    while (fields.hasNext()) {
      Object f = fields.next();
      if (f instanceof Option<?> o && o.isDefined()) f = o.get();
      if (f instanceof TableIdentifier t && t.database().isDefined()) checkDatabase(t.database().get(), t.table());
      if (f instanceof scala.collection.Seq<?> seq && nodeName(command).equals("SetNamespaceCommand")) {
        checkDatabase(String.join(".", CollectionConverters.asJava(seq).stream().map(String::valueOf).toList()), null);
      }
      if (f instanceof String s && nodeName(command).startsWith("Show") && !s.isEmpty()
          && nodeName(command).endsWith("Command") && isDatabaseField(command, s)) {
        checkDatabase(s, null);
      }
    }
  }

  private static boolean isDatabaseField(LogicalPlan command, String value) {
    // ShowTablesCommand(databaseName: Option[String], …): the first field names the database
    return command.productArity() > 0 && command.productElement(0) instanceof Option<?> o && o.isDefined() && value.equals(o.get());
  }

  private static void checkDatabase(String[] namespace, String table) {
    checkDatabase(String.join(".", namespace), table);
  }

  private static void checkDatabase(String database, String table) {
    if (database.isEmpty() && table == null) return; // SHOW DATABASES: the catalog itself, no database named
    if (!DATABASES.contains(database.toLowerCase(Locale.ROOT))) {
      throw new AnalystRefusal((table == null ? "database " + database : database + "." + table)
          + " is not in the analyst catalog (" + String.join(", ", DATABASES) + ")");
    }
  }

  private void checkQuery(LogicalPlan plan) {
    if (plan instanceof View view) {
      if (view.isTempView()) {
        checkQuery(view.child()); // an analyst may have made it: its body is checked like a query
        return;
      }
      TableIdentifier id = view.desc().identifier();
      checkDatabase(id.database().isDefined() ? id.database().get() : "default", id.table());
      return; // views of the analyst catalog are the process's own: their bodies are trusted
    }
    String name = nodeName(plan);
    if (plan instanceof Command || name.startsWith("Insert") || name.contains("Write") || name.startsWith("Merge")) {
      throw new AnalystRefusal("statement " + name);
    }
    if (plan instanceof LogicalRelation relation) {
      checkRelation(relation);
    } else if (plan instanceof DataSourceV2Relation relation) {
      checkRelation(relation);
    } else if (plan instanceof HiveTableRelation relation) {
      TableIdentifier id = relation.tableMeta().identifier();
      checkDatabase(id.database().isDefined() ? id.database().get() : "default", id.table());
    } else if (plan instanceof LeafNode && !LEAVES.contains(name)) {
      throw new AnalystRefusal("source " + name);
    }
    for (Expression e : CollectionConverters.asJava(plan.expressions())) checkExpression(e);
    for (LogicalPlan child : CollectionConverters.asJava(plan.children())) checkQuery(child);
  }

  private static void checkRelation(LogicalRelation relation) {
    Optional<TableIdentifier> table = relation.catalogTable().isDefined()
        ? Optional.of(relation.catalogTable().get().identifier()) : Optional.empty();
    if (table.isEmpty()) {
      String where = relation.relation() instanceof HadoopFsRelation fs
          ? String.join(", ", CollectionConverters.asJava(fs.location().rootPaths()).stream().map(Object::toString).toList())
          : relation.relation().getClass().getSimpleName();
      throw new AnalystRefusal("reading files by path (" + where + ")");
    }
    TableIdentifier id = table.get();
    checkDatabase(id.database().isDefined() ? id.database().get() : "default", id.table());
  }

  private static void checkRelation(DataSourceV2Relation relation) {
    if (relation.identifier().isEmpty() || relation.catalog().isEmpty()) {
      throw new AnalystRefusal("reading files by path (" + relation.table().name() + ")");
    }
    var id = relation.identifier().get();
    String[] ns = id.namespace();
    if (ns.length == 1 && id.name().contains("/")) {
      throw new AnalystRefusal("reading files by path (" + ns[0] + ".`" + id.name() + "`)");
    }
    checkDatabase(ns, id.name());
  }

  private void checkExpression(Expression e) {
    String name = e.getClass().getSimpleName();
    if (CODE_FUNCTIONS.contains(name) || name.contains("UDF") || name.contains("UDAF") || name.equals("ScalaAggregator")) {
      throw new AnalystRefusal("function " + e.prettyName() + " (it runs code)");
    }
    if (e instanceof SubqueryExpression sub) checkQuery(sub.plan());
    for (Expression child : CollectionConverters.asJava(e.children())) checkExpression(child);
  }
}
