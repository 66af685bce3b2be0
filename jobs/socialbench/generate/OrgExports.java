package socialbench.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds every file one organization exports for one date, in a fixed order (pages by platform,
 * then web, crm, ads). Keeps the organization's recent posts and web days cached between dates;
 * one instance per organization, used by one thread at a time.
 */
final class OrgExports {
  private static final int CRM_LOOKBACK_DAYS = 90;

  private final Models models;
  private final Organization org;
  private final List<Page> pages;
  private final Map<Long, List<Post>> postCache = new HashMap<>();
  private final Map<Long, List<WebTraffic.Source>> webCache = new HashMap<>();
  private final Map<Long, List<Contact>> contactCache = new HashMap<>();

  OrgExports(Models models, Organization org, List<Page> pages) {
    this.models = models;
    this.org = org;
    this.pages = pages;
  }

  /** The platform folders this organization writes to. */
  List<String> folders() {
    List<String> out = new ArrayList<>();
    for (Page p : pages) out.add(p.platform().folder);
    if (org.hasWeb()) out.add("web");
    if (org.hasCrm()) out.add("crm");
    if (org.hasAds()) out.add("ads");
    return out;
  }

  List<Export> build(LocalDate date) {
    List<Export> out = new ArrayList<>();
    for (Page page : pages) out.addAll(pageExports(new PageDay(page, date, window(page, date), models.followers())));
    if (org.hasWeb()) out.add(OrgChannelExports.ga4(org, date, web(date)));
    if (org.hasCrm()) out.add(OrgChannelExports.hubspot(org, date, contactsChangedOn(date), models.seed()));
    if (org.hasAds()) {
      List<AdCampaigns.Delivery> deliveries = new ArrayList<>();
      for (AdCampaigns.Campaign c : models.ads().activeOn(org, date)) deliveries.add(models.ads().deliver(org, c, date));
      out.add(OrgChannelExports.adsManager(org, date, deliveries));
    }
    evict(date);
    return out;
  }

  private List<Export> pageExports(PageDay day) {
    long seed = models.seed();
    if (day.page.format() == PageFormat.CANONICAL) {
      return List.of(CanonicalExports.posts(day), CanonicalExports.pageDaily(day, seed));
    }
    return switch (day.page.platform()) {
      case FACEBOOK -> List.of(
          day.page.format() == PageFormat.FACEBOOK_MBS ? MetaExports.facebookContent(day) : MetaExports.insightsPosts(day),
          MetaExports.dailySeries(day, "Facebook follows", day.gained), MetaExports.dailySeries(day, "Facebook unfollows", day.lost));
      case INSTAGRAM -> List.of(MetaExports.instagramContent(day), MetaExports.dailySeries(day, "Instagram follows", day.gained),
          MetaExports.dailySeries(day, "Instagram unfollows", day.lost));
      case X -> List.of(XExports.tweetActivity(day), XExports.accountDaily(day));
      case LINKEDIN -> List.of(LinkedInExports.updates(day, seed), LinkedInExports.followers(day, seed));
      case YOUTUBE -> List.of(YouTubeExports.studioZip(day, models.followers()));
      case TIKTOK -> List.of(TikTokExports.content(day), TikTokExports.followers(day));
    };
  }

  /** Posts published in the 28 days ending on the date, oldest first. */
  List<Post> window(Page page, LocalDate date) {
    List<Post> out = new ArrayList<>();
    for (LocalDate d = date.minusDays(PageDay.WINDOW_DAYS - 1); !d.isAfter(date); d = d.plusDays(1)) {
      long key = page.index() * 1_000_000L + d.toEpochDay();
      LocalDate day = d;
      out.addAll(postCache.computeIfAbsent(key, k -> models.posts().posts(page, day)));
    }
    return out;
  }

  private List<WebTraffic.Source> web(LocalDate date) {
    return webCache.computeIfAbsent(date.toEpochDay(), k -> models.web().day(org, pages, date));
  }

  List<Contact> contactsChangedOn(LocalDate date) {
    List<Contact> out = new ArrayList<>();
    for (LocalDate c = date.minusDays(CRM_LOOKBACK_DAYS); !c.isAfter(date); c = c.plusDays(1)) {
      for (Contact contact : contactsCreatedOn(c)) {
        if (contact.changesOn(date)) out.add(contact);
      }
    }
    return out;
  }

  private List<Contact> contactsCreatedOn(LocalDate c) {
    return contactCache.computeIfAbsent(c.toEpochDay(), k -> {
      List<WebTraffic.Source> sources = web(c);
      List<Contact> out = new ArrayList<>();
      for (int s = 0; s < sources.size(); s++) {
        WebTraffic.Source source = sources.get(s);
        for (int n = 0; n < source.leads(); n++) out.add(Contact.draw(models.seed(), org, c, s, n, source));
      }
      return out;
    });
  }

  /** Keeps what a late re-build (up to 3 days back) and the CRM look-back still need. */
  private void evict(LocalDate date) {
    long postLimit = date.toEpochDay() - PageDay.WINDOW_DAYS - 5;
    long webLimit = date.toEpochDay() - CRM_LOOKBACK_DAYS - 5;
    postCache.keySet().removeIf(k -> k % 1_000_000L < postLimit);
    webCache.keySet().removeIf(k -> k < webLimit);
    contactCache.keySet().removeIf(k -> k < webLimit);
  }
}
