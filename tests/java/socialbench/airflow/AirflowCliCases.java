package socialbench.airflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.cli.Main;

/** {@code socialbench airflow …} end to end against the real Airflow of {@link LocalAirflow}; run by {@link AirflowIT}. */
@ExtendWith(LocalAirflowExtension.class)
abstract class AirflowCliCases {
  private static LocalAirflow airflow;

  @BeforeAll
  static void connect(LocalAirflow localAirflow) {
    airflow = localAirflow;
  }

  private record Result(int exit, String out, String err) {}

  private static Result socialbench(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--url", airflow.url(), "--user", LocalAirflow.USER, "-Dsocialbench.airflow.wait.poll-interval=500ms"));
    if (all.stream().noneMatch(a -> a.startsWith("-Dsocialbench.airflow.password="))) {
      all.add("-Dsocialbench.airflow.password=" + airflow.password());
    }
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Main.run(all.toArray(String[]::new));
      System.out.flush();
      System.err.flush();
      return new Result(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void triggerWaitStatusAndLogsFollowOneNightWithoutShowingThePassword() {
    Result trigger = socialbench("airflow", "trigger", "--dag", "sb_echo", "--date", "2024-07-01", "--wait", "--timeout", "240s");
    assertEquals(0, trigger.exit(), trigger.err());
    List<String> lines = trigger.out().lines().toList();
    assertEquals(2, lines.size(), trigger.out());
    assertTrue(lines.get(0).matches("manual__\\S+  night=2024-07-01  state=queued  type=manual"), lines.get(0));
    assertTrue(lines.get(1).endsWith("  night=2024-07-01  state=success  type=manual"), lines.get(1));

    Result status = socialbench("airflow", "status", "--dag", "sb_echo", "--date", "2024-07-01");
    assertEquals(0, status.exit(), status.err());
    assertEquals("  say  success  try 1", status.out().lines().toList().get(1));

    Result logs = socialbench("airflow", "logs", "--dag", "sb_echo", "--date", "2024-07-01", "--task", "say");
    assertEquals(0, logs.exit(), logs.err());
    assertTrue(logs.out().lines().anyMatch(l -> l.endsWith("night=2024-07-01")), logs.out());

    for (Result r : List.of(trigger, status, logs)) {
      assertFalse((r.out() + r.err()).contains(airflow.password()));
    }
  }

  @Test
  void triggeringANightTwiceExitsOneWithTheExistingRun() {
    assertEquals(0, socialbench("airflow", "trigger", "--dag", "sb_echo", "--date", "2024-07-02").exit());
    Result again = socialbench("airflow", "trigger", "--dag", "sb_echo", "--date", "2024-07-02");
    assertEquals(1, again.exit());
    assertTrue(
        again.err().startsWith("socialbench trigger: Airflow answered 409 to POST /api/v2/dags/sb_echo/dagRuns: a run of sb_echo for 2024-07-02 exists already: manual__"),
        again.err());
  }

  @Test
  void aBackfillWithWaitPrintsOneSuccessfulRunPerNight() {
    Result backfill = socialbench("airflow", "backfill", "--dag", "sb_echo", "--from", "2024-08-01", "--to", "2024-08-02", "--max-active-runs", "2", "--wait", "--timeout", "240s");
    assertEquals(0, backfill.exit(), backfill.err());
    List<String> lines = backfill.out().lines().toList();
    assertTrue(lines.get(0).matches("backfill \\d+ of sb_echo from 2024-08-01 to 2024-08-02 created"), lines.get(0));
    assertEquals(3, lines.size(), backfill.out());
    assertTrue(lines.get(1).endsWith("  night=2024-08-01  state=success  type=backfill"), lines.get(1));
    assertTrue(lines.get(2).endsWith("  night=2024-08-02  state=success  type=backfill"), lines.get(2));
  }

  @Test
  void assetsListsTheTestAssetAndEmitsAnEventForIt() {
    Result list = socialbench("airflow", "assets", "--uri-pattern", "socialbench://test/%");
    assertEquals(0, list.exit(), list.err());
    assertTrue(list.out().lines().anyMatch(l -> l.matches("\\d+  socialbench://test/echo  sb_echo_out")), list.out());

    Result emit = socialbench("airflow", "assets", "--emit", "socialbench://test/echo", "--extra", "night=2024-07-03");
    assertEquals(0, emit.exit(), emit.err());
    assertTrue(emit.out().matches("(?s)asset event \\d+ for socialbench://test/echo at \\S+ extra \\{from_rest_api=true, night=2024-07-03\\}\\s*"), emit.out());
  }

  @Test
  void withoutAPasswordTheCommandSaysWhereToSetIt() {
    Result r = socialbench("airflow", "status", "--dag", "sb_echo", "--date", "2024-07-01", "-Dsocialbench.airflow.password=");
    assertEquals(1, r.exit());
    assertEquals(
        "socialbench status: no Airflow password: set SOCIALBENCH_AIRFLOW_PASSWORD (or socialbench.airflow.password in a --conf file)",
        r.err().strip());
  }

  @Test
  void statusOfANightWithoutARunSaysHowToTriggerIt() {
    Result r = socialbench("airflow", "status", "--dag", "sb_echo", "--date", "2023-01-01");
    assertEquals(1, r.exit());
    assertEquals(
        "socialbench status: no run of sb_echo for 2023-01-01; trigger one with: socialbench airflow trigger --date 2023-01-01",
        r.err().strip());
  }
}
