package socialbench.cli;

import java.io.PrintStream;
import java.util.List;
import socialbench.airflow.DagRun;
import socialbench.airflow.TaskInstance;

/** The lines the airflow commands print for runs and task instances. */
final class AirflowPrinter {
  private AirflowPrinter() {}

  static void run(PrintStream out, DagRun run) {
    out.println(
        run.runId() + "  night=" + night(run) + "  state=" + run.state() + "  type=" + run.runType());
  }

  static void tasks(PrintStream out, List<TaskInstance> tasks) {
    for (TaskInstance t : tasks) {
      out.println("  " + t.taskId() + "  " + (t.state() == null ? "none" : t.state()) + "  try " + t.tryNumber());
    }
  }

  /** The night of a run: the start day of its data interval (as the DAG's tasks see it). */
  static String night(DagRun run) {
    String start = run.dataIntervalStart() != null ? run.dataIntervalStart() : run.logicalDate();
    return start == null ? "none" : start.substring(0, Math.min(10, start.length()));
  }
}
