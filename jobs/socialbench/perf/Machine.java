package socialbench.perf;

import java.lang.management.ManagementFactory;

/** The machine a figure was measured on: processors, memory, load average, and this JVM's CPU time. */
public final class Machine {
  private Machine() {}

  public static int processors() {
    return Runtime.getRuntime().availableProcessors();
  }

  public static long memoryBytes() {
    return os().map(com.sun.management.OperatingSystemMXBean::getTotalMemorySize).orElse(-1L);
  }

  /** The one-minute load average, or -1 where the platform has none. */
  public static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** CPU time of this JVM (all threads, so Spark's local executors too), in nanoseconds; -1 if unknown. */
  public static long processCpuNanos() {
    return os().map(com.sun.management.OperatingSystemMXBean::getProcessCpuTime).orElse(-1L);
  }

  private static java.util.Optional<com.sun.management.OperatingSystemMXBean> os() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean b
        ? java.util.Optional.of(b) : java.util.Optional.empty();
  }
}
