package socialbench.perf;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a new JVM running {@code socialbench ARGS} with this JVM's flags and classpath, then
 * {@code perf --cold-jvm-option}s (a later JVM flag overrides an earlier one).
 */
final class NewJvm {
  private NewJvm() {}

  static List<String> socialbench(List<String> jvmOptions, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments()); // the same JVM flags (Spark's module opens)
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("socialbench.cli.Main");
    cmd.addAll(args);
    return cmd;
  }
}
