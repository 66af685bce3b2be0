package socialbench.generate;

import java.util.SplittableRandom;

/**
 * Post messages built from templates per topic (technology, conditions, drugs, locations, careers,
 * events), with the quirks real exports carry: emoji, hashtags, commas, quotes and line breaks.
 */
final class PostText {
  private PostText() {}

  record Topic(String slug, String[] healthcare, String[] general) {}

  static final Topic[] TOPICS = {
    new Topic("technology",
        new String[] {"Our new robotic surgery system means smaller incisions and faster recovery", "Telehealth visits are now available 7 days a week", "Meet the AI tool that helps our radiologists read MRI scans faster", "A new 3T MRI scanner, quieter and quicker"},
        new String[] {"Our new mobile app is live", "We just upgraded our online services", "Try our new chat assistant"}),
    new Topic("conditions",
        new String[] {"Is it a cold or the flu? Our infectious disease team explains the difference", "5 signs of a stroke. Remember BE FAST", "Living with diabetes: small changes, big results", "Heart disease is the #1 killer of women, but it's largely preventable", "Asthma season is here: what parents should know"},
        new String[] {"Five tips for a healthier week", "How to plan your budget for the new year"}),
    new Topic("drugs",
        new String[] {"Flu shots are available at all our clinics this week", "What you should know about statins", "New guidance on antibiotics: when you really need them", "The updated COVID-19 vaccine is here"},
        new String[] {"Your questions, answered by our experts"}),
    new Topic("locations",
        new String[] {"Our new urgent care on Main St. opens Monday", "The new NICU family lounge, funded entirely by community donors", "Parking garage B is closed for repairs this weekend", "A new primary care clinic in the heart of downtown"},
        new String[] {"Our new branch opens Monday", "We are moving! Same team, new address"}),
    new Topic("careers",
        new String[] {"We're hiring nurses, join a team that puts patients first", "Meet our new residents", "Day in the life of a pediatric nurse", "Happy #NationalNursesWeek to our 4,000+ nurses"},
        new String[] {"We're hiring! See open roles", "Meet the team behind the scenes"}),
    new Topic("events",
        new String[] {"Join us for the community health fair on Saturday", "Register for our free knee pain seminar", "Our 5K for cancer research raised $120,000, thank you!", "Free blood pressure screenings at the farmers market"},
        new String[] {"Join our free webinar next week", "See you at the open house on Saturday"}),
  };

  private static final String[] EMOJI = {"\uD83D\uDC49", "\u2764\uFE0F", "\uD83D\uDC89", "\uD83E\uDE7A", "\uD83C\uDF89", "\uD83D\uDCE3", "\uD83D\uDC69\u200D\u2695\uFE0F", "\u2705"};
  private static final String[] TAGS = {"#health", "#hearthealth", "#flu", "#nursing", "#hiring", "#community", "#wellness", "#research"};

  static Topic topic(SplittableRandom r) {
    return TOPICS[r.nextInt(TOPICS.length)];
  }

  static String compose(SplittableRandom r, Topic topic, boolean healthcare, Platform platform, String link) {
    String[] lines = healthcare ? topic.healthcare() : topic.general();
    StringBuilder out = new StringBuilder(Rand.pick(r, lines));
    double u = r.nextDouble();
    if (u < 0.1) {
      out.insert(0, '"').append("\" read more from our team");
    } else if (u < 0.35) {
      out.append(' ').append(Rand.pick(r, EMOJI));
    } else {
      out.append('.');
    }
    if (link != null) {
      out.append(platform == Platform.X && r.nextDouble() < 0.5 ? "\n\nDetails: " : " ").append(link);
    }
    if (r.nextDouble() < 0.4) out.append(' ').append(Rand.pick(r, TAGS));
    return out.toString();
  }
}
