package socialbench.generate;

import java.util.SplittableRandom;

/**
 * Deterministic randomness keyed by what is being generated, not by the order of generation: the
 * same seed and the same key (page, date, post number…) always give the same stream, so a run for
 * one day and a run for a month agree on every shared file.
 */
final class Rand {
  private Rand() {}

  static SplittableRandom of(long seed, String label, long... keys) {
    return new SplittableRandom(key(seed, label, keys));
  }

  /** A uniform double in [0,1) for the given key, without creating a stream. */
  static double unit(long seed, String label, long... keys) {
    return (key(seed, label, keys) >>> 11) * 0x1.0p-53;
  }

  static long key(long seed, String label, long... keys) {
    long h = mix(seed ^ 0x9E3779B97F4A7C15L);
    for (int i = 0; i < label.length(); i++) {
      h = mix(h + label.charAt(i));
    }
    for (long k : keys) {
      h = mix(h ^ mix(k + 0x632BE59BD9B4E019L));
    }
    return h;
  }

  static long hash(String text) {
    long h = 0x84222325CBF29CE4L;
    for (int i = 0; i < text.length(); i++) {
      h = mix(h + text.charAt(i));
    }
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Log-normal with the given median and log-space standard deviation. */
  static double logNormal(SplittableRandom r, double median, double sigma) {
    return median * Math.exp(sigma * gaussian(r));
  }

  static double gaussian(SplittableRandom r) {
    double u1 = 1.0 - r.nextDouble();
    double u2 = r.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
  }

  static int poisson(SplittableRandom r, double lambda) {
    if (lambda <= 0) return 0;
    if (lambda > 40) return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * gaussian(r)));
    double limit = Math.exp(-lambda);
    double p = 1.0;
    int k = 0;
    while (true) {
      p *= r.nextDouble();
      if (p <= limit) return k;
      k++;
    }
  }

  /** Rounds up with probability equal to the fraction, so small expectations keep their mean. */
  static long stochasticRound(SplittableRandom r, double x) {
    if (x <= 0) return 0;
    double f = Math.floor(x);
    return (long) f + (r.nextDouble() < x - f ? 1 : 0);
  }

  static int pickWeighted(SplittableRandom r, double[] weights) {
    double total = 0;
    for (double w : weights) total += w;
    double u = r.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) return i;
    }
    return weights.length - 1;
  }

  static <T> T pick(SplittableRandom r, T[] items) {
    return items[r.nextInt(items.length)];
  }
}
