package socialbench.testing;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Where the suite's CPU goes, one line per test class in {@code target/class-cpu.tsv} (registered for every
 * class through JUnit's extension auto-detection, tests/resources/junit-platform.properties): the class's wall
 * time, this JVM's CPU during it, the CPU of the child processes that ended during it (Linux's
 * {@code cutime + cstime} of the test JVM: processes it waited for, with the children they waited for), the
 * seconds of garbage-collection pauses and of JIT compilation in this JVM (the compiler threads' elapsed time,
 * which a busy machine inflates), and the JVM's pid (which fork). An
 * Airflow or cluster that outlives its class is charged to the class during which it stops. {@code @Nested} classes
 * count in their top-level class. Columns: class,
 * wall_s, jvm_cpu_s, children_cpu_s, gc_pause_s, jit_s, pid. Lines are appended: remove the file before a run
 * you want to read alone.
 */
public final class ClassCpuTime implements BeforeAllCallback, AfterAllCallback {
  private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ClassCpuTime.class);
  private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private record Start(long wallNanos, long cpuNanos, long childTicks, long gcMillis, long jitMillis) {}

  @Override
  public void beforeAll(ExtensionContext context) {
    if (context.getRequiredTestClass().getEnclosingClass() != null) return; // a @Nested class: counted in its top-level class
    context.getStore(NS).put(Start.class, new Start(System.nanoTime(), OS.getProcessCpuTime(), childTicks(), gcMillis(), jitMillis()));
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (context.getRequiredTestClass().getEnclosingClass() != null) return;
    Start s = context.getStore(NS).get(Start.class, Start.class);
    if (s == null) return;
    String line = String.format(Locale.ROOT, "%s\t%.1f\t%.1f\t%.1f\t%.1f\t%.1f\t%d%n", context.getRequiredTestClass().getName(),
        (System.nanoTime() - s.wallNanos()) / 1e9, (OS.getProcessCpuTime() - s.cpuNanos()) / 1e9,
        (childTicks() - s.childTicks()) / 100.0, (gcMillis() - s.gcMillis()) / 1e3, (jitMillis() - s.jitMillis()) / 1e3,
        ProcessHandle.current().pid());
    try {
      Files.writeString(Path.of("target", "class-cpu.tsv"), line, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      System.err.println("ClassCpuTime: " + e);
    }
  }

  /** Milliseconds the collectors have paused this JVM (their threads' CPU is part of the JVM's CPU). */
  private static long gcMillis() {
    long ms = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) ms += Math.max(0, gc.getCollectionTime());
    return ms;
  }

  /** Milliseconds the JIT compiler threads have spent compiling (summed over threads; part of the JVM's CPU). */
  private static long jitMillis() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
  }

  /** cutime + cstime of this process in clock ticks (USER_HZ = 100 on Linux); 0 where /proc is absent. */
  private static long childTicks() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[13]) + Long.parseLong(f[14]); // fields 16 and 17 of proc(5), counted from field 3
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
