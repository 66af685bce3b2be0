package socialbench.airflow;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests a {@link LocalAirflow}: one real Airflow per test JVM, started by the first test class that
 * asks and shared by the classes that ask while it runs. It stops {@link #IDLE_SECONDS} after the last class
 * using it ends (an idle Airflow's scheduler and DAG processor take ~4 % of a core, for the rest of a
 * 35-minute test JVM otherwise); a class that asks later starts a new one. Without .venv the tests fail
 * (they do not skip) with the command that makes it.
 */
public final class LocalAirflowExtension implements ParameterResolver {
  static final long IDLE_SECONDS = 30;

  private static final ScheduledExecutorService STOPPER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "local-airflow-idle-stop");
    t.setDaemon(true);
    return t;
  });
  private static LocalAirflow airflow;
  private static int classesUsing;
  private static ScheduledFuture<?> pendingStop;

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == LocalAirflow.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext testClass = context;
    while (testClass.getTestMethod().isPresent() && testClass.getParent().isPresent()) {
      testClass = testClass.getParent().get();
    }
    return testClass
        .getStore(ExtensionContext.Namespace.create(LocalAirflowExtension.class))
        .getOrComputeIfAbsent(Lease.class, k -> acquire(), Lease.class)
        .airflow;
  }

  private static synchronized Lease acquire() {
    if (pendingStop != null) {
      pendingStop.cancel(false);
      pendingStop = null;
    }
    if (airflow == null || airflow.isClosed()) {
      airflow = LocalAirflow.start();
    }
    classesUsing++;
    return new Lease(airflow);
  }

  private static synchronized void release() {
    if (--classesUsing == 0) {
      LocalAirflow idle = airflow;
      pendingStop = STOPPER.schedule(() -> stopIfStillIdle(idle), IDLE_SECONDS, TimeUnit.SECONDS);
    }
  }

  private static synchronized void stopIfStillIdle(LocalAirflow idle) {
    if (classesUsing == 0 && airflow == idle) {
      idle.close();
      LocalAirflow.log("LocalAirflow: stopped after " + IDLE_SECONDS + " s without a test class using it");
      airflow = null;
      pendingStop = null;
    }
  }

  /** One test class's use of the Airflow; JUnit closes it when the class's tests have run. */
  private record Lease(LocalAirflow airflow) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      release();
    }
  }
}
