package socialbench.airflow;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a {@link LocalAirflow}: one real Airflow per test JVM, started by the first test class that
 * asks and stopped when the JVM's test run ends (JUnit closes the root store). Without .venv the tests
 * fail (they do not skip) with the command that makes it.
 */
public final class LocalAirflowExtension implements ParameterResolver {

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LocalAirflow.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.create(LocalAirflowExtension.class))
        .getOrComputeIfAbsent(Holder.class, k -> new Holder(LocalAirflow.start()), Holder.class)
        .airflow;
  }

  /** Closes the Airflow when JUnit closes the root store at the end of the run. */
  private record Holder(LocalAirflow airflow) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      airflow.close();
    }
  }
}
