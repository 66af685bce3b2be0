package socialbench.runtime;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * Wall and CPU time since it was started, for the progress lines of the pipeline steps. CPU time is
 * the whole process's (driver, local executors, GC, JIT), so on a shared machine it says what a step
 * cost where the wall time only says how long it waited.
 */
public final class Stopwatch {
  private final long wall0;
  private final long cpu0;

  private Stopwatch() {
    this.wall0 = System.nanoTime();
    this.cpu0 = processCpuNanos();
  }

  public static Stopwatch start() {
    return new Stopwatch();
  }

  public double wallSeconds() {
    return (System.nanoTime() - wall0) / 1e9;
  }

  /** CPU seconds of the process since the start, or NaN where the JVM does not report it. */
  public double cpuSeconds() {
    long now = processCpuNanos();
    return now < 0 || cpu0 < 0 ? Double.NaN : (now - cpu0) / 1e9;
  }

  /** {@code 12.3 s (cpu 20.1 s)}. */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.1f s (cpu %.1f s)", wallSeconds(), cpuSeconds());
  }

  private static long processCpuNanos() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) return sun.getProcessCpuTime();
    return -1;
  }
}
