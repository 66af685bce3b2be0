package socialbench.generate;

/** What a post is; each platform's exports spell it their own way. */
enum PostType {
  LINK(0.80), PHOTO(1.10), VIDEO(1.20), TEXT(0.90), CAROUSEL(1.25), REEL(1.40);

  /** Multiplier on the post's engagement. */
  final double engagementEffect;

  PostType(double engagementEffect) {
    this.engagementEffect = engagementEffect;
  }

  boolean isVideo() {
    return this == VIDEO || this == REEL;
  }

  static final double[][] MIX = {
    // LINK, PHOTO, VIDEO, TEXT, CAROUSEL, REEL per Platform ordinal
    {0.35, 0.35, 0.15, 0.10, 0.00, 0.05},
    {0.00, 0.40, 0.00, 0.00, 0.30, 0.30},
    {0.35, 0.20, 0.10, 0.35, 0.00, 0.00},
    {0.35, 0.35, 0.10, 0.10, 0.10, 0.00},
    {0.00, 0.00, 1.00, 0.00, 0.00, 0.00},
    {0.00, 0.00, 1.00, 0.00, 0.00, 0.00},
  };
}
