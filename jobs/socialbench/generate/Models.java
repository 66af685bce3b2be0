package socialbench.generate;

/** The seeded models every export is computed from. */
record Models(long seed, FollowerModel followers, PostModel posts, AdCampaigns ads, WebTraffic web) {
  static Models of(long seed) {
    FollowerModel followers = new FollowerModel(seed);
    AdCampaigns ads = new AdCampaigns(seed);
    return new Models(seed, followers, new PostModel(seed, followers), ads, new WebTraffic(seed, followers, ads));
  }
}
