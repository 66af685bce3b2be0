package socialbench.generate;

/** Word lists for synthetic names. All made up; e-mail domains are reserved example domains. */
final class Names {
  private Names() {}

  static final String[] PLACES = {
    "Riverside", "Lakeview", "Summit", "Northfield", "Cedar Valley", "Maple Grove", "Harbor", "Valley", "Pinecrest",
    "Bayview", "St. Agnes", "Mercy Ridge", "Unity", "Evergreen", "Granite State", "Prairie", "Bluewater", "Highland",
    "Meadowbrook", "Oakridge", "Silver Lake", "Westbrook", "Eastgate", "Sunrise", "Redwood", "Willow Creek",
    "Ironwood", "Clearwater", "Fairview", "Stonebridge", "Hillcrest", "Brookside", "Golden Plains", "Lakeshore",
    "Kingsport", "Heartland", "Coastal", "Mountain View", "Crescent", "Beacon", "Elm Park", "Foxhall", "Gateway",
    "Juniper", "Lincoln Park", "Magnolia", "Northwind", "Orchard Hill", "Pacific Crest", "Quarry Bay"
  };

  static final String[] CITIES = {
    "Springfield", "Franklin", "Greenville", "Bristol", "Clinton", "Madison", "Salem", "Georgetown", "Arlington",
    "Ashland", "Burlington", "Manchester", "Milton", "Newport", "Oxford", "Dayton", "Auburn", "Dover", "Hudson"
  };

  static final String[] AGENCIES = {
    "northstar", "brightpath", "bluepeak", "crowdwise", "signalfire", "tidewater", "loudmouth", "clearview",
    "upswing", "kindred", "lighthouse", "pulsepoint", "meridian", "foxglove", "keystone", "trueline", "ampersand",
    "cobalt", "wildflower", "parallax"
  };

  static final String[] FIRST = {
    "James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David", "Elizabeth", "William",
    "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Carlos", "Maria", "Wei", "Aisha",
    "Priya", "Omar", "Sofia", "Liam", "Noah", "Emma", "Olivia", "Ava", "Mateo", "Yuki", "Fatima", "Kwame"
  };

  static final String[] LAST = {
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
    "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
    "Lee", "Perez", "Thompson", "White", "Harris", "Clark", "Nguyen", "Patel", "Kim", "O'Brien", "Okafor", "Chen"
  };

  static final String[] MAIL_DOMAINS = {"example.com", "example.org", "example.net"};

  /** A url-safe lower-case slug: letters and digits joined by single hyphens. */
  static String slug(String text) {
    StringBuilder out = new StringBuilder();
    boolean hyphen = false;
    for (char c : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && out.length() > 0) out.append('-');
        out.append(c);
        hyphen = false;
      } else {
        hyphen = true;
      }
    }
    return out.toString();
  }
}
