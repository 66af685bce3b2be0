package socialbench.generate;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Paid campaigns (Ads Manager, Meta): launched per 30-day block at a seeded rate, running 7–60 days or
 * "Ongoing" (120 days), each with a daily budget. Pure functions of (seed, org, date).
 */
final class AdCampaigns {
  private static final String[] THEMES = {
    "Flu season", "Heart health month", "Knee seminar", "Nurse hiring", "Cancer screening", "New urgent care", "Wellness webinar",
    "Open house", "Spring enrollment", "Community fund drive"
  };
  private static final String[] OBJECTIVES = {"awareness", "traffic", "leads", "engagement", "video views"};

  record Campaign(String id, String name, String utm, LocalDate starts, LocalDate ends, boolean ongoing, double dailyBudget) {
    boolean activeOn(LocalDate d) {
      return !d.isBefore(starts) && !d.isAfter(ends);
    }
  }

  /** One day of a campaign's delivery. */
  record Delivery(Campaign campaign, long impressions, long linkClicks, long shares, long comments, long reactions, long engagement, double spend) {}

  private final long seed;

  AdCampaigns(long seed) {
    this.seed = seed;
  }

  List<Campaign> activeOn(Organization org, LocalDate date) {
    List<Campaign> out = new ArrayList<>();
    long block = Math.floorDiv(ChronoUnit.DAYS.between(FollowerModel.REFERENCE, date), 30);
    for (long b = block - 4; b <= block; b++) {
      SplittableRandom r = Rand.of(seed, "campaigns", org.index(), b);
      int n = Rand.poisson(r, 1.2);
      for (int k = 0; k < n; k++) {
        LocalDate starts = FollowerModel.REFERENCE.plusDays(b * 30 + r.nextInt(30));
        boolean ongoing = r.nextDouble() < 0.2;
        LocalDate ends = starts.plusDays(ongoing ? 120 : 7 + r.nextInt(54));
        String theme = THEMES[r.nextInt(THEMES.length)];
        String objective = OBJECTIVES[r.nextInt(OBJECTIVES.length)];
        String name = theme + " " + starts.getYear() + " - " + objective;
        String id = "2385" + Ids.digits(Rand.key(seed, "campaign-id", org.index(), b, k), 13);
        double budget = Rand.logNormal(r, 45, 0.8);
        Campaign c = new Campaign(id, name, Names.slug(theme + " " + starts.getYear()), starts, ends, ongoing, budget);
        if (c.activeOn(date)) out.add(c);
      }
    }
    return out;
  }

  Delivery deliver(Organization org, Campaign c, LocalDate date) {
    SplittableRandom r = Rand.of(seed, "delivery", Rand.hash(c.id()), date.toEpochDay());
    double spend = Math.round(c.dailyBudget() * (0.8 + 0.4 * r.nextDouble()) * 100) / 100.0;
    long impressions = Math.round(spend / Rand.logNormal(r, 9.0, 0.3) * 1000);
    long clicks = Rand.stochasticRound(r, impressions * Rand.logNormal(r, 0.011, 0.3));
    long reactions = Rand.stochasticRound(r, impressions * 0.003);
    long comments = Rand.stochasticRound(r, impressions * 0.0003);
    long shares = Rand.stochasticRound(r, impressions * 0.0002);
    return new Delivery(c, impressions, clicks, shares, comments, reactions, clicks + reactions + comments + shares, spend);
  }
}
