package socialbench.generate;

import java.time.LocalDate;
import java.util.List;

/** The organization-level daily files: GA4 traffic acquisition, HubSpot contacts, Ads Manager campaigns. */
final class OrgChannelExports {
  private OrgChannelExports() {}

  static final String[] GA4_HEADER = {"Session source / medium", "Session campaign", "Date", "Sessions", "Engaged sessions", "Key events", "Event count"};
  static final String[] HUBSPOT_HEADER = {
    "Record ID", "First Name", "Last Name", "Email", "Phone Number", "Lifecycle Stage", "Original Source", "Original Source Drill-Down 1",
    "Original Source Drill-Down 2", "Create Date", "Became a Lead Date", "Became a Marketing Qualified Lead Date",
    "Became a Sales Qualified Lead Date", "Became an Opportunity Date", "Became a Customer Date", "Recent Deal Amount"
  };
  static final String[] ADS_HEADER = {
    "Campaign Name", "Ends", "Campaign ID", "Impressions", "Link Clicks", "Post Shares", "Post Comments", "Post Engagement", "Post Reactions",
    "Starts", "Reporting Starts", "Reporting Ends", "Amount Spent (USD)"
  };

  static Export ga4(Organization org, LocalDate date, List<WebTraffic.Source> sources) {
    Table t = new Table("ga4", GA4_HEADER, "Sessions", "Engaged sessions", "Key events", "Event count");
    String day = Fmt.COMPACT_DATE.format(date);
    t.preamble.add("# ----------------------------------------");
    t.preamble.add("# Traffic acquisition: Session source / medium");
    t.preamble.add("# Account: " + org.name());
    t.preamble.add("# Property: " + org.domain());
    t.preamble.add("# ----------------------------------------");
    t.preamble.add("# ");
    t.preamble.add("# Start date: " + day);
    t.preamble.add("# End date: " + day);
    t.preamble.add("");
    for (WebTraffic.Source s : sources) {
      if (s.sessions() == 0) continue;
      t.row(s.sourceMedium(), s.campaign(), day, Fmt.n(s.sessions()), Fmt.n(s.engagedSessions()), Fmt.n(s.leads()), Fmt.n(s.eventCount()));
    }
    return new Export(ExportFormat.GA4_TRAFFIC, org, "web", date, "Traffic_acquisition_Session_source_medium.csv", List.of(t), Encoder.csv(CsvDialect.PLAIN));
  }

  static Export hubspot(Organization org, LocalDate date, List<Contact> changed, long seed) {
    Table t = new Table("contacts", HUBSPOT_HEADER, "Recent Deal Amount");
    for (Contact c : changed) {
      String[] who = c.person(seed);
      t.row(Long.toString(c.recordId()), who[0], who[1], who[2], who[3], c.stageOn(date), c.source().crmSource(),
          c.source().crmDrillDown1(), c.source().crmDrillDown2(), time(c.created(), date), time(c.created(), date), time(c.mql(), date),
          time(c.sql(), date), time(c.opportunity(), date), time(c.customer(), date),
          Contact.reached(c.customer(), date) ? Fmt.money(c.amount()) : "");
    }
    return new Export(ExportFormat.HUBSPOT_CONTACTS, org, "crm", date, "hubspot-crm-exports-all-contacts-" + date + ".csv", List.of(t),
        Encoder.csv(CsvDialect.PLAIN));
  }

  static Export adsManager(Organization org, LocalDate date, List<AdCampaigns.Delivery> deliveries) {
    Table t = new Table("campaigns", ADS_HEADER, "Impressions", "Link Clicks", "Post Shares", "Post Comments", "Post Engagement", "Post Reactions",
        "Amount Spent (USD)");
    for (AdCampaigns.Delivery d : deliveries) {
      AdCampaigns.Campaign c = d.campaign();
      String spend = Fmt.money(d.spend());
      t.row(c.name(), c.ongoing() ? "Ongoing" : Fmt.ISO_DATE.format(c.ends()), c.id(), Fmt.n(d.impressions()), Fmt.n(d.linkClicks()),
          Fmt.n(d.shares()), Fmt.n(d.comments()), Fmt.n(d.engagement()), Fmt.n(d.reactions()), Fmt.ISO_DATE.format(c.starts()),
          Fmt.ISO_DATE.format(date), Fmt.ISO_DATE.format(date), d.spend() >= 1000 ? spend : spend.replace(",", ""));
    }
    String name = org.name().replaceAll("[^A-Za-z0-9]+", "-") + "-Campaigns-" + Fmt.ADS_FILE.format(date) + "-" + Fmt.ADS_FILE.format(date) + ".csv";
    return new Export(ExportFormat.ADS_MANAGER_CAMPAIGNS, org, "ads", date, name, List.of(t), Encoder.csv(CsvDialect.PLAIN));
  }

  private static String time(long minutes, LocalDate asOf) {
    return Contact.time(minutes, asOf);
  }
}
