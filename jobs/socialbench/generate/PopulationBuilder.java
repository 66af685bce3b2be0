package socialbench.generate;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Builds the synthetic population. Organization i depends only on the seed and i, so a larger run
 * contains the organizations of a smaller one (SF10 ⊃ SF1) apart from de-duplicated names.
 */
final class PopulationBuilder {
  private static final double[] PLATFORM_SHARE = {0.95, 0.90, 0.85, 0.90, 0.35, 0.20};
  private static final String[] US_ZONES = {"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Phoenix"};
  private static final double[] US_ZONE_WEIGHTS = {45, 28, 8, 16, 3};
  private static final String[][] COUNTRIES = {
    {"US", ""}, {"CA", "America/Toronto"}, {"GB", "Europe/London"}, {"DE", "Europe/Berlin"}, {"AU", "Australia/Sydney"}, {"IN", "Asia/Kolkata"}
  };
  private static final double[] COUNTRY_WEIGHTS = {80, 6, 6, 3, 3, 2};

  private final long seed;
  private final Set<String> orgIds = new HashSet<>();
  private final Set<String> handles = new HashSet<>();

  PopulationBuilder(long seed) {
    this.seed = seed;
  }

  Population build(int orgCount) {
    List<Organization> orgs = new ArrayList<>();
    List<List<Page>> pages = new ArrayList<>();
    int agencies = Math.max(1, orgCount / 10);
    int pageIndex = 0;
    for (int i = 0; i < orgCount; i++) {
      Organization org = organization(i, agencies);
      orgs.add(org);
      List<Page> own = new ArrayList<>();
      SplittableRandom r = Rand.of(seed, "org-platforms", i);
      double orgSize = Rand.logNormal(r, 1.0, 0.9);
      boolean any = false;
      for (Platform p : Platform.values()) {
        boolean has = r.nextDouble() < PLATFORM_SHARE[p.ordinal()];
        if (p == Platform.LINKEDIN && !any && !has) has = true; // every organization has at least one page
        if (has) {
          own.add(page(org, p, pageIndex++, orgSize));
          any = true;
        }
      }
      pages.add(List.copyOf(own));
    }
    return new Population(List.copyOf(orgs), List.copyOf(pages));
  }

  private Organization organization(int i, int agencies) {
    SplittableRandom r = Rand.of(seed, "org", i);
    Industries.Segment seg = Industries.pick(r);
    String name = Rand.pick(r, Names.PLACES) + " " + Rand.pick(r, seg.suffixes());
    String id = Names.slug(name);
    if (!orgIds.add(id)) {
      name = name + " of " + Rand.pick(r, Names.CITIES);
      id = Names.slug(name);
      for (int n = 2; !orgIds.add(id); n++) id = Names.slug(name) + "-" + n;
    }
    String[] country = COUNTRIES[Rand.pickWeighted(r, COUNTRY_WEIGHTS)];
    String zone = country[1].isEmpty() ? US_ZONES[Rand.pickWeighted(r, US_ZONE_WEIGHTS)] : country[1];
    String agency = "";
    if (r.nextDouble() < 0.75) {
      // a few big agencies and a long tail of small ones
      int a = (int) Math.floor(agencies * Math.pow(r.nextDouble(), 1.6));
      agency = Names.AGENCIES[a % Names.AGENCIES.length] + "-agency" + (a >= Names.AGENCIES.length ? "-" + (a / Names.AGENCIES.length + 1) : "");
    }
    LocalDate change = null;
    String later = null;
    if (r.nextDouble() < 0.5) {
      change = FollowerModel.REFERENCE.plusDays(-365 + r.nextInt(1095));
      later = Industries.laterSegment(seg);
      if (later.equals(seg.segment())) change = null;
    }
    String domain = id.replace("-", "") + ".example";
    return new Organization(
        i, id, name, seg.industry(), seg.segment(), country[0], agency, ZoneId.of(zone), domain,
        r.nextDouble() < 0.85, r.nextDouble() < 0.60, r.nextDouble() < 0.50,
        seg.leadRate() * Rand.logNormal(r, 1.0, 0.3), seg.dealMedian() * Rand.logNormal(r, 1.0, 0.3),
        change, change == null ? null : later);
  }

  private Page page(Organization org, Platform platform, int index, double orgSize) {
    SplittableRandom r = Rand.of(seed, "page", org.index(), platform.ordinal());
    Industries.Segment seg = Industries.segment(org.segment());
    double followers = platform.medianFollowers * orgSize * seg.sizeFactor() * Rand.logNormal(r, 1.0, 0.9);
    boolean hollow = r.nextDouble() < 0.04;
    double quality = Rand.logNormal(r, 1.0, 0.45);
    if (hollow) {
      followers *= 25;
      quality *= 0.06;
    }
    followers = Math.max(20, Math.min(30_000_000, followers));
    double growth = 0.00035 + 0.0004 * Rand.gaussian(r);
    double churn = Rand.logNormal(r, 0.00035, 0.4);
    double postsPerDay = Rand.logNormal(r, platform.medianPostsPerDay, 0.55);
    PageFormat format = format(platform, r);
    String base = org.id().replace("-", "");
    String handle = uniqueHandle(platform, platform == Platform.X ? camel(org.name()) : base, platform == Platform.X ? 15 : 30);
    String pageId = switch (platform) {
      case FACEBOOK -> Long.toString(100_000_000_000_000L + Math.floorMod(Rand.key(seed, "fb-page", index), 900_000_000_000_000L));
      case INSTAGRAM -> Long.toString(17_841_400_000_000_000L + Math.floorMod(Rand.key(seed, "ig-page", index), 99_999_999_999L));
      case X -> handle;
      case LINKEDIN -> Long.toString(1_000_000 + Math.floorMod(Rand.key(seed, "li-page", index), 89_000_000L));
      case YOUTUBE -> "UC" + Ids.base64Url(Rand.key(seed, "yt-page", index), 22);
      case TIKTOK -> Long.toString(6_800_000_000_000_000_000L + Math.floorMod(Rand.key(seed, "tt-page", index), 99_999_999_999_999_999L));
    };
    String shownHandle = platform == Platform.X || platform == Platform.YOUTUBE || platform == Platform.TIKTOK ? "@" + handle : handle;
    LocalDate rename = null;
    String laterName = null;
    if (r.nextDouble() < 0.5) {
      rename = FollowerModel.REFERENCE.plusDays(-365 + r.nextInt(1095));
      String[] variants = {org.name() + " Official", org.name() + " Team", org.name().toUpperCase(Locale.ROOT), org.name() + " Care"};
      laterName = Rand.pick(r, variants);
    }
    return new Page(org, platform, index, pageId, shownHandle, org.name(), format, followers, growth, churn, postsPerDay,
        quality, hollow, rename, laterName);
  }

  private static PageFormat format(Platform platform, SplittableRandom r) {
    double u = r.nextDouble();
    if (u < 0.04) return PageFormat.CANONICAL;
    if (platform == Platform.FACEBOOK && u < 0.44) return PageFormat.FACEBOOK_MBS;
    if (platform == Platform.LINKEDIN && u < 0.19) return PageFormat.LINKEDIN_XLS;
    return PageFormat.NATIVE;
  }

  /** A handle not yet taken on the platform, at most maxLength characters. */
  private String uniqueHandle(Platform platform, String wanted, int maxLength) {
    String stem = wanted.length() > maxLength ? wanted.substring(0, maxLength) : wanted;
    String h = stem;
    for (int n = 2; !handles.add(platform.folder + "/" + h); n++) {
      String suffix = Integer.toString(n);
      h = (stem.length() + suffix.length() > maxLength ? stem.substring(0, maxLength - suffix.length()) : stem) + suffix;
    }
    return h;
  }

  /** X handles: camel case of the name's words, at most 15 characters. */
  private static String camel(String name) {
    StringBuilder out = new StringBuilder();
    for (String w : name.split("[^A-Za-z0-9]+")) {
      if (w.isEmpty()) continue;
      out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.length() > 15 ? out.substring(0, 15) : out.toString();
  }
}
