package socialbench.land;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Work on a night's inbox files that does not depend on the other files (hashing, reading and parsing),
 * done on {@code socialbench.land.parse-threads} threads of the driver and handed back in the files' order,
 * so that what lands is exactly what reading them one after the other lands (the landing loop, which
 * decides pages, slices and batches, stays on one thread).
 *
 * <p>Files are parsed a batch at a time: at most {@link #FILES_PER_THREAD} files per thread and
 * {@link #BATCH_BYTES} bytes on disk together; a larger file is parsed alone. If a file of a batch runs out
 * of memory or stack beside the others, the whole batch is parsed again one file at a time on the calling
 * thread, where that file is rejected as before: which files are rejected never depends on what the other
 * threads happened to hold.
 */
final class ParseAhead implements AutoCloseable {
  static final int FILES_PER_THREAD = 8;
  static final long BATCH_BYTES = 64L << 20;

  /** One file's parse; {@code outOfResources} when it ran out of memory or stack beside other files. */
  record Parsed(List<ParsedMember> members, String rejection, boolean outOfResources) {
    static Parsed of(List<ParsedMember> members) {
      return new Parsed(members, null, false);
    }

    static Parsed rejected(String reason) {
      return new Parsed(List.of(), reason, false);
    }

    static final Parsed OUT_OF_RESOURCES = new Parsed(List.of(), null, true);
  }

  private final int threads;
  private final ExecutorService pool;

  ParseAhead(int threads) {
    this.threads = threads;
    this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "socialbench-land-parse");
      t.setDaemon(true);
      return t;
    }) : null;
  }

  /** The thread count of the setting {@code socialbench.land.parse-threads}: 0 means one per processor of this JVM. */
  static int threads(int setting) {
    if (setting < 0) throw new IllegalArgumentException("socialbench.land.parse-threads must be 0 (one per processor) or more, got " + setting);
    return setting == 0 ? Runtime.getRuntime().availableProcessors() : setting;
  }

  /** {@code f} of every item, in their order (each call of {@code f} must not depend on the others). */
  <T, R> List<R> map(List<T> items, Function<T, R> f) {
    if (pool == null || items.size() < 2) return items.stream().map(f).toList();
    List<Future<R>> futures = new ArrayList<>(items.size());
    for (T item : items) futures.add(pool.submit(() -> f.apply(item)));
    List<R> out = new ArrayList<>(items.size());
    for (Future<R> future : futures) out.add(await(future));
    return out;
  }

  /**
   * The parses of {@code files} in their order, a batch ahead of the caller: {@code parse.apply(file, alone)}
   * must catch everything a file can throw, and return {@link Parsed#OUT_OF_RESOURCES} for an
   * {@code OutOfMemoryError} or {@code StackOverflowError} only when {@code alone} is false.
   */
  Batches parse(List<InboxFile> files, ToLongFunction<InboxFile> size, BiFunction<InboxFile, Boolean, Parsed> parse) {
    return new Batches(files, size, parse);
  }

  /** Hands out the parses in order; {@link #get} must be called with 0, 1, 2, … */
  final class Batches {
    private final List<InboxFile> files;
    private final ToLongFunction<InboxFile> size;
    private final BiFunction<InboxFile, Boolean, Parsed> parse;
    private List<Parsed> batch = List.of();
    private int batchStart = 0;

    private Batches(List<InboxFile> files, ToLongFunction<InboxFile> size, BiFunction<InboxFile, Boolean, Parsed> parse) {
      this.files = files;
      this.size = size;
      this.parse = parse;
    }

    Parsed get(int index) {
      if (index < batchStart || index > batchStart + batch.size()) throw new IllegalStateException("parses are read in order: " + index);
      if (index == batchStart + batch.size()) {
        batch = List.of(); // drop the previous batch (its rows are the caller's now) before parsing the next
        batchStart = index;
        batch = next(index);
      }
      Parsed p = batch.get(index - batchStart);
      batch.set(index - batchStart, null);
      return p;
    }

    private List<Parsed> next(int from) {
      int end = from + 1;
      long bytes = pool == null ? 0 : size.applyAsLong(files.get(from)); // sizes only batch files for the threads
      if (pool != null && bytes <= BATCH_BYTES) {
        while (end < files.size() && end - from < threads * FILES_PER_THREAD) {
          long b = size.applyAsLong(files.get(end));
          if (bytes + b > BATCH_BYTES) break;
          bytes += b;
          end++;
        }
      }
      List<InboxFile> these = files.subList(from, end);
      if (these.size() == 1) {
        List<Parsed> one = new ArrayList<>(1);
        one.add(parse.apply(these.get(0), true));
        return one;
      }
      List<Parsed> parsed = new ArrayList<>(map(these, f -> parse.apply(f, false)));
      if (parsed.stream().anyMatch(Parsed::outOfResources)) {
        parsed.clear(); // free what the others parsed before they are parsed again, one at a time
        for (InboxFile f : these) parsed.add(parse.apply(f, true));
      }
      return parsed;
    }
  }

  private static <R> R await(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while parsing inbox files", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    if (pool != null) pool.shutdownNow();
  }
}
