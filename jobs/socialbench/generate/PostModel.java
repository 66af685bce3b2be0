package socialbench.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The posts a page publishes on a date, each with its 28-day lifetime metrics. Engagement is drawn
 * for day 7 after publishing (the age docs/design.md §6 benchmarks on) so that its median per platform
 * meets the target of {@link Platform}; the curve then spreads it over 28 days.
 */
final class PostModel {
  /** Relative posting probability per local hour. */
  private static final double[] HOUR_WEIGHT = {
    0.2, 0.1, 0.1, 0.1, 0.1, 0.3, 0.8, 2.0, 4.0, 6.0, 6.0, 5.5, 5.5, 5.0, 4.5, 4.0, 3.5, 3.0, 2.5, 2.0, 1.6, 1.2, 0.7, 0.4
  };
  /** Engagement multiplier per local hour: mornings and lunch best, nights worst. */
  private static final double[] HOUR_EFFECT = {
    0.70, 0.70, 0.70, 0.70, 0.70, 0.75, 0.90, 1.00, 1.10, 1.18, 1.18, 1.15, 1.15, 1.05, 1.00, 1.00, 0.98, 0.95, 0.95, 0.95, 0.90, 0.85, 0.80, 0.75
  };
  /** Engagement multiplier Monday..Sunday. */
  private static final double[] WEEKDAY_EFFECT = {1.00, 1.08, 1.10, 1.05, 0.95, 0.82, 0.86};
  /** Brings the median of the product of the effects back to 1 per platform (measured, see GeneratorMediansTest). */
  private static final double[] CALIBRATION = {1.02, 0.80, 1.13, 0.97, 0.83, 0.86};

  private final long seed;
  private final FollowerModel followers;

  PostModel(long seed, FollowerModel followers) {
    this.seed = seed;
    this.followers = followers;
  }

  List<Post> posts(Page page, LocalDate date) {
    SplittableRandom r = Rand.of(seed, "posts", page.index(), date.toEpochDay());
    boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    int n = Rand.poisson(r, page.postsPerDay() * (weekend ? 0.55 : 1.18));
    if (n == 0) return List.of();
    List<Post> out = new ArrayList<>(n);
    int[] minutes = new int[n];
    for (int i = 0; i < n; i++) minutes[i] = Rand.pickWeighted(r, HOUR_WEIGHT) * 60 + r.nextInt(60);
    java.util.Arrays.sort(minutes);
    long published = followers.followers(page, date);
    for (int i = 0; i < n; i++) {
      out.add(post(page, date, i, minutes[i], published, Rand.of(seed, "post", page.index(), date.toEpochDay(), i)));
    }
    return out;
  }

  private Post post(Page page, LocalDate date, int seq, int minuteOfDay, long f, SplittableRandom r) {
    Platform platform = page.platform();
    ZonedDateTime at = date.atStartOfDay(page.zone()).plusMinutes(minuteOfDay).plusSeconds(r.nextInt(60));
    PostType type = PostType.values()[Rand.pickWeighted(r, PostType.MIX[platform.ordinal()])];
    PostText.Topic topic = PostText.topic(r);
    long ms = at.toInstant().toEpochMilli();
    String link = null;
    if (type == PostType.LINK) {
      link = platform == Platform.X ? "https://t.co/" + Ids.base64Url(r.nextLong(), 10) : "https://" + page.org().domain() + "/" + topic.slug();
    }
    String message = PostText.compose(r, topic, page.org().industry().equals("healthcare"), platform, link);
    int duration = type.isVideo() ? (platform == Platform.YOUTUBE ? 60 + r.nextInt(1140) : 8 + r.nextInt(80)) : 0;
    String id;
    String permalink;
    String handle = page.handle().startsWith("@") ? page.handle().substring(1) : page.handle();
    switch (platform) {
      case FACEBOOK -> {
        long num = Ids.digits(Rand.key(seed, "fb-post", page.index(), date.toEpochDay(), seq), 15);
        id = page.pageId() + "_" + num;
        permalink = "https://www.facebook.com/" + handle + "/posts/" + num;
      }
      case INSTAGRAM -> {
        id = Long.toString(Ids.digits(Rand.key(seed, "ig-post", page.index(), date.toEpochDay(), seq), 17));
        permalink = "https://www.instagram.com/" + (type == PostType.REEL ? "reel/" : "p/") + Ids.base64Url(Rand.key(seed, "ig-code", page.index(), date.toEpochDay(), seq), 11) + "/";
      }
      case X -> {
        id = Long.toString(((ms - 1288834974657L) << 22) | ((page.index() & 0x3FFL) << 12) | (seq & 0xFFF));
        permalink = "https://twitter.com/" + handle + "/status/" + id;
      }
      case LINKEDIN -> {
        id = "urn:li:activity:" + ((ms << 22) | ((page.index() & 0x3FFFL) << 8) | (seq & 0xFF));
        permalink = "https://www.linkedin.com/feed/update/" + id;
      }
      case YOUTUBE -> {
        id = Ids.base64Url(Rand.key(seed, "yt-video", page.index(), date.toEpochDay(), seq), 11);
        permalink = "https://www.youtube.com/watch?v=" + id;
      }
      default -> {
        id = Long.toString((ms << 22) | ((page.index() & 0x3FFFL) << 8) | (seq & 0xFF));
        permalink = "https://www.tiktok.com/@" + handle + "/video/" + id;
      }
    }
    double effect = page.quality() * type.engagementEffect * WEEKDAY_EFFECT[date.getDayOfWeek().ordinal()]
        * HOUR_EFFECT[minuteOfDay / 60] * CALIBRATION[platform.ordinal()] * Rand.logNormal(r, 1.0, 0.5);
    double rate = platform.engagementTarget * effect;
    double[] day7 = day7Metrics(platform, type, f, rate, page.quality(), duration, message, r);
    long end7 = date.plusDays(8).atStartOfDay(page.zone()).toEpochSecond();
    double g7 = GrowthCurve.share((end7 - at.toEpochSecond()) / 3600.0);
    double[] full = new double[Metric.COUNT];
    for (int m = 0; m < Metric.COUNT; m++) full[m] = day7[m] / g7;
    return new Post(page, date, seq, id, at, type, message, link, permalink, duration, f, full);
  }

  /** Integer metrics at day 7, before the curve. */
  private static double[] day7Metrics(Platform platform, PostType type, long f, double rate, double quality, int duration, String message, SplittableRandom r) {
    double[] m = new double[Metric.COUNT];
    double reachQuality = Math.sqrt(quality);
    switch (platform) {
      case FACEBOOK -> {
        double e = f * rate;
        split(m, e, r, 0.72, 0.11, 0.17, 0);
        m[Metric.REACH] = round(r, Math.max(f * Rand.logNormal(r, 0.08, 0.6) * reachQuality, e * 2.5));
        if (r.nextDouble() < 0.15) m[Metric.PAID_REACH] = round(r, m[Metric.REACH] * (0.2 + 0.3 * r.nextDouble()));
        m[Metric.IMPRESSIONS] = round(r, m[Metric.REACH] * Rand.logNormal(r, 1.35, 0.1));
        m[Metric.PAID_IMPRESSIONS] = round(r, m[Metric.PAID_REACH] * 1.3);
        m[Metric.CLICKS] = round(r, e * (type == PostType.LINK ? Rand.logNormal(r, 1.6, 0.4) : 0.1));
        m[Metric.OTHER_CLICKS] = round(r, e * Rand.logNormal(r, 0.8, 0.4));
        if (type.isVideo()) m[Metric.VIDEO_VIEWS] = round(r, m[Metric.REACH] * Rand.logNormal(r, 0.35, 0.3));
        m[Metric.NEGATIVE] = round(r, e * 0.01);
      }
      case INSTAGRAM -> {
        double e = f * rate;
        split(m, e, r, 0.83, 0.05, 0.04, 0.08);
        m[Metric.REACH] = round(r, Math.max(f * Rand.logNormal(r, 0.25, 0.5) * reachQuality, e * 1.5));
        m[Metric.IMPRESSIONS] = round(r, m[Metric.REACH] * Rand.logNormal(r, 1.7, 0.15));
        if (type.isVideo()) m[Metric.VIDEO_VIEWS] = m[Metric.IMPRESSIONS];
        m[Metric.FOLLOWS] = round(r, f * 0.0002 * Rand.logNormal(r, 1.0, 0.6));
      }
      case X -> {
        double e = f * rate;
        split(m, e, r, 0.62, 0.13, 0.25, 0);
        m[Metric.IMPRESSIONS] = round(r, Math.max(f * Rand.logNormal(r, 0.09, 0.6) * reachQuality, e * 10));
        m[Metric.CLICKS] = type == PostType.LINK ? round(r, e * Rand.logNormal(r, 1.2, 0.4)) : 0;
        m[Metric.PROFILE_CLICKS] = round(r, e * 0.15);
        m[Metric.DETAIL_EXPANDS] = round(r, e * 0.5);
        m[Metric.PERMALINK_CLICKS] = round(r, e * 0.05);
        m[Metric.HASHTAG_CLICKS] = message.contains("#") ? round(r, e * 0.05) : 0;
        m[Metric.FOLLOWS] = round(r, f * 0.00003);
        if (type == PostType.PHOTO || type == PostType.VIDEO) {
          m[Metric.MEDIA_VIEWS] = round(r, m[Metric.IMPRESSIONS] * 0.08);
          m[Metric.MEDIA_ENGAGEMENTS] = round(r, m[Metric.MEDIA_VIEWS] * 0.2);
        }
      }
      case LINKEDIN -> {
        m[Metric.IMPRESSIONS] = round(r, Math.max(30, f * Rand.logNormal(r, 0.15, 0.6) * reachQuality));
        split(m, m[Metric.IMPRESSIONS] * rate, r, 0.85, 0.06, 0.09, 0);
        m[Metric.CLICKS] = round(r, m[Metric.IMPRESSIONS] * Rand.logNormal(r, type == PostType.LINK ? 0.02 : 0.008, 0.5));
        if (type.isVideo()) m[Metric.VIDEO_VIEWS] = round(r, m[Metric.IMPRESSIONS] * Rand.logNormal(r, 0.3, 0.3));
        m[Metric.FOLLOWS] = round(r, m[Metric.IMPRESSIONS] * 0.0005);
      }
      case YOUTUBE -> {
        m[Metric.IMPRESSIONS] = round(r, Math.max(200, f * Rand.logNormal(r, 1.5, 0.7) * reachQuality));
        m[Metric.VIDEO_VIEWS] = round(r, m[Metric.IMPRESSIONS] * rate);
        m[Metric.WATCH_SECONDS] = round(r, m[Metric.VIDEO_VIEWS] * duration * Rand.logNormal(r, 0.4, 0.2));
        m[Metric.SUBSCRIBERS] = round(r, m[Metric.VIDEO_VIEWS] * 0.003);
      }
      case TIKTOK -> {
        m[Metric.VIDEO_VIEWS] = round(r, Math.max(50, f * Rand.logNormal(r, 0.9, 0.9) * quality));
        split(m, m[Metric.VIDEO_VIEWS] * rate, r, 0.88, 0.05, 0.07, 0);
        m[Metric.REACH] = round(r, m[Metric.VIDEO_VIEWS] * 0.8);
        m[Metric.WATCH_SECONDS] = round(r, m[Metric.VIDEO_VIEWS] * duration * Rand.logNormal(r, 0.45, 0.2));
        m[Metric.FOLLOWS] = round(r, m[Metric.VIDEO_VIEWS] * 0.001);
      }
    }
    return m;
  }

  private static void split(double[] m, double engagements, SplittableRandom r, double likes, double comments, double shares, double saves) {
    m[Metric.LIKES] = round(r, engagements * likes);
    m[Metric.COMMENTS] = round(r, engagements * comments);
    m[Metric.SHARES] = round(r, engagements * shares);
    m[Metric.SAVES] = round(r, engagements * saves);
  }

  private static double round(SplittableRandom r, double x) {
    return Rand.stochasticRound(r, x);
  }
}
