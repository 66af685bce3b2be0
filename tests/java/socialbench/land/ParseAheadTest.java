package socialbench.land;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * {@link ParseAhead}: files parsed on several threads come back in the files' order; batches hold at most
 * {@link ParseAhead#FILES_PER_THREAD} files per thread and {@link ParseAhead#BATCH_BYTES} bytes, a larger
 * file is parsed alone; a batch in which a file ran out of memory is parsed again one file at a time.
 */
class ParseAheadTest {
  private static final long MIB = 1L << 20;

  private static List<InboxFile> files(int n) {
    List<InboxFile> out = new ArrayList<>();
    for (int i = 0; i < n; i++) out.add(new InboxFile(Path.of("f" + i), "org/x/2026-11-01/f" + i + ".csv", "org", "x", LocalDate.of(2026, 11, 1)));
    return out;
  }

  private static int number(InboxFile f) {
    return Integer.parseInt(f.path().toString().substring(1));
  }

  /** Parses recorded as "f<i>:alone|batch", each reporting its own file as the rejection reason (a marker). */
  private static final class Recorder {
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    final Map<String, String> threads = new ConcurrentHashMap<>();

    ParseAhead.Parsed parse(InboxFile f, boolean alone) {
      calls.add(f.path() + ":" + (alone ? "alone" : "batch"));
      threads.put(Thread.currentThread().getName(), "");
      return ParseAhead.Parsed.rejected("parsed " + f.path());
    }
  }

  @Test
  void twentyFilesOnThreeThreadsComeBackInTheirOrderFromTheParseThreads() {
    Recorder r = new Recorder();
    List<InboxFile> files = files(20);
    List<String> got = new ArrayList<>();
    try (ParseAhead ahead = new ParseAhead(3)) {
      ParseAhead.Batches batches = ahead.parse(files, f -> 1000, r::parse);
      for (int i = 0; i < files.size(); i++) got.add(batches.get(i).rejection());
    }
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 20; i++) expected.add("parsed f" + i);
    assertEquals(expected, got);
    assertEquals(20, r.calls.size());
    assertEquals(List.of(), r.calls.stream().filter(c -> c.endsWith(":alone")).toList(), "20 files fit one batch of 3 x 8");
    assertEquals(java.util.Set.of("socialbench-land-parse"), r.threads.keySet());
  }

  @Test
  void oneThreadParsesEachFileAloneOnTheCallersThread() {
    Recorder r = new Recorder();
    try (ParseAhead ahead = new ParseAhead(1)) {
      ParseAhead.Batches batches = ahead.parse(files(3), f -> 1000, r::parse);
      for (int i = 0; i < 3; i++) assertEquals("parsed f" + i, batches.get(i).rejection());
    }
    assertEquals(List.of("f0:alone", "f1:alone", "f2:alone"), r.calls);
    assertEquals(java.util.Set.of(Thread.currentThread().getName()), r.threads.keySet());
  }

  @Test
  void theBatchesFollowTheLimits() {
    long[] sizes = new long[26];
    java.util.Arrays.fill(sizes, 1000);
    sizes[3] = 100 * MIB;
    for (int i = 4; i < 8; i++) sizes[i] = 30 * MIB;
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    List<InboxFile> files = files(26);
    List<Integer> starts = new ArrayList<>();
    try (ParseAhead ahead = new ParseAhead(2)) {
      ParseAhead.Batches b = ahead.parse(files, f -> sizes[number(f)], (f, alone) -> {
        seen.add(f.path().toString());
        return ParseAhead.Parsed.rejected(String.valueOf(number(f)));
      });
      for (int i = 0; i < files.size(); i++) {
        int before = seen.size();
        b.get(i);
        if (seen.size() > before) starts.add(i); // a new batch was parsed when file i was asked for
      }
    }
    // 2 threads: f0..f2 (f3 would take the batch over 64 MiB), f3 (100 MiB) alone, f4+f5 (60 MiB: a third
    // 30 MiB file would pass 64), f6..f21 (16 files, 2 threads x 8: 60 MiB and 14 small ones), f22..f25
    assertEquals(List.of(0, 3, 4, 6, 22), starts);
  }

  @Test
  void aBatchInWhichAFileRanOutOfMemoryIsParsedAgainOneFileAtATime() {
    List<String> calls = Collections.synchronizedList(new ArrayList<>());
    List<InboxFile> files = files(4);
    List<String> got = new ArrayList<>();
    try (ParseAhead ahead = new ParseAhead(2)) {
      ParseAhead.Batches b = ahead.parse(files, f -> 1000, (f, alone) -> {
        calls.add(f.path() + ":" + (alone ? "alone" : "batch"));
        if (number(f) == 2) {
          return alone ? ParseAhead.Parsed.rejected("could not be parsed (OutOfMemoryError): nothing of it landed") : ParseAhead.Parsed.OUT_OF_RESOURCES;
        }
        return ParseAhead.Parsed.rejected("parsed " + f.path());
      });
      for (int i = 0; i < 4; i++) got.add(b.get(i).rejection());
    }
    assertEquals(List.of("parsed f0", "parsed f1", "could not be parsed (OutOfMemoryError): nothing of it landed", "parsed f3"), got);
    assertEquals(List.of("f0:alone", "f1:alone", "f2:alone", "f3:alone"), calls.subList(4, 8), "after the batch, each file alone in order");
    assertEquals(8, calls.size());
  }

  @Test
  void hashesAndOtherWorkComeBackInOrder() {
    try (ParseAhead ahead = new ParseAhead(2)) {
      List<Integer> in = new ArrayList<>();
      for (int i = 0; i < 50; i++) in.add(i);
      assertEquals(in.stream().map(i -> i * i).toList(), ahead.map(in, i -> i * i));
    }
  }

  @Test
  void aNegativeThreadCountIsRefusedAndZeroIsOnePerProcessor() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParseAhead.threads(-1));
    assertEquals("socialbench.land.parse-threads must be 0 (one per processor) or more, got -1", e.getMessage());
    assertEquals(Runtime.getRuntime().availableProcessors(), ParseAhead.threads(0));
    assertEquals(3, ParseAhead.threads(3));
  }

  @Test
  void partsAreReadInOrderOnly() {
    try (ParseAhead ahead = new ParseAhead(2)) {
      ParseAhead.Batches b = ahead.parse(files(3), f -> 1, (f, alone) -> ParseAhead.Parsed.of(List.of()));
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> b.get(2));
      assertEquals("parses are read in order: 2", e.getMessage());
    }
  }
}
