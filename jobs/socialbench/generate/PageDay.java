package socialbench.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A page on an export date: the posts of the last 28 days (oldest first), their lifetime metrics as
 * of the export date, and the day's follower figures.
 */
final class PageDay {
  static final int WINDOW_DAYS = 28;

  final Page page;
  final LocalDate date;
  final List<Post> posts;
  final List<long[]> metrics;
  final long followers;
  final long gained;
  final long lost;
  private List<long[]> previous;

  PageDay(Page page, LocalDate date, List<Post> posts, FollowerModel followerModel) {
    this.page = page;
    this.date = date;
    this.posts = posts;
    this.metrics = new ArrayList<>(posts.size());
    long end = date.plusDays(1).atStartOfDay(page.zone()).toEpochSecond();
    for (Post p : posts) metrics.add(p.snapshotAt(end));
    this.followers = followerModel.followers(page, date);
    this.gained = followerModel.gained(page, date);
    this.lost = followerModel.lost(page, date);
  }

  /** Each post's metrics at the previous export date (zeros for posts published on the date). */
  List<long[]> previousMetrics() {
    if (previous == null) {
      previous = new ArrayList<>(posts.size());
      long end = date.atStartOfDay(page.zone()).toEpochSecond();
      for (Post p : posts) previous.add(p.date().equals(date) ? new long[Metric.COUNT] : p.snapshotAt(end));
    }
    return previous;
  }

  /** The day's increment of a metric summed over the window's posts. */
  long dailyIncrement(int metric) {
    List<long[]> prev = previousMetrics();
    long sum = 0;
    for (int i = 0; i < posts.size(); i++) sum += metrics.get(i)[metric] - prev.get(i)[metric];
    return sum;
  }

  long postsPublishedToday() {
    long n = 0;
    for (Post p : posts) if (p.date().equals(date)) n++;
    return n;
  }

  String handleWithoutAt() {
    return page.handle().startsWith("@") ? page.handle().substring(1) : page.handle();
  }
}
