package socialbench.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import socialbench.cli.Main;

/** `socialbench generate` through the real command line: one-line errors for bad input, a summary line on success. */
class GenerateCommandTest {

  @Test
  void missingStartIsAOneLineUserError() {
    Result r = run("generate", "--inbox", "/tmp/never-written", "--orgs", "2", "--days", "1");
    assertEquals(1, r.code);
    assertEquals("socialbench generate: --start YYYY-MM-DD is required", r.err.strip());
  }

  @Test
  void orgsAndScaleTogetherAreRejected() {
    Result r = run("generate", "--inbox", "/tmp/never-written", "--orgs", "2", "--scale", "1", "--start", "2026-10-01", "--days", "1");
    assertEquals(1, r.code);
    assertEquals("socialbench generate: give --orgs or --scale, not both", r.err.strip());
  }

  @Test
  void aDirtyRateAboveOneIsRejected() {
    Result r = run("generate", "--inbox", "/tmp/never-written", "--orgs", "2", "--start", "2026-10-01", "--days", "1", "--dirty", "1.5");
    assertEquals(1, r.code);
    assertEquals("socialbench generate: --dirty must be between 0 and 1, got 1.5", r.err.strip());
  }

  @Test
  void scaleZeroPointZeroFourGeneratesTenOrganizationsAndPrintsTheSummary(@TempDir Path inbox) throws Exception {
    Result r = run("generate", "--inbox", inbox.toString(), "--scale", "0.04", "--start", "2026-10-01", "--days", "1");
    assertEquals(0, r.code, r.err);
    assertTrue(r.out.startsWith("generated 10 organizations, "), r.out);
    assertEquals(11, Files.readAllLines(inbox.resolve("_reference/2026-10-01/organizations.csv")).size());
    assertTrue(r.err.contains("generate: day 1/1 (2026-10-01) done"), r.err);
  }

  private record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    PrintStream oldOut = System.out, oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }
}
