package socialbench.airflow;

import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestClassOrder;

/**
 * Every test that needs a real Airflow, as the nested classes of one test class: Maven's two test JVMs take
 * whole top-level classes, so as three classes they ran in both JVMs at once and each JVM started its own
 * Airflow (≈ 27 s of CPU and ≈ 45 s of waiting each); as one class they share the one {@link LocalAirflow}
 * of the JVM that runs it, and the other JVM goes on with Spark classes. The cases are in
 * {@link AirflowCliCases} ({@code socialbench airflow …}), {@link AirflowClientCases} (the REST client) and
 * {@link NightlyDagCases} (a night through the nightly DAG, last: it takes minutes).
 */
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class AirflowIT {
  @Nested
  @Order(1)
  class Cli extends AirflowCliCases {}

  @Nested
  @Order(2)
  class Client extends AirflowClientCases {}

  @Nested
  @Order(3)
  class NightlyDag extends NightlyDagCases {}
}
