package socialbench.generate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A CRM contact born from one lead of a web source, with its whole lifecycle drawn at creation:
 * lead → MQL → SQL → opportunity → customer (each step with a chance and a delay) and a deal amount.
 * Times are local minutes since the epoch (-1 = never). Exports show only the dates reached by the
 * export date; personal details are drawn only for contacts that are exported.
 */
record Contact(long recordId, WebTraffic.Source source, long created, long mql, long sql, long opportunity, long customer, double amount) {

  static Contact draw(long seed, Organization org, LocalDate date, int sourceIndex, int k, WebTraffic.Source source) {
    SplittableRandom r = Rand.of(seed, "contact", org.index(), date.toEpochDay(), sourceIndex, k);
    long id = (org.index() + 1L) * 1_000_000_000L + date.toEpochDay() * 10_000L + sourceIndex * 1_000L + k;
    long created = date.toEpochDay() * 1440 + (7 + r.nextInt(15)) * 60 + r.nextInt(60);
    long mql = r.nextDouble() < 0.45 ? created + 120 + r.nextInt(60 * 24 * 7) : -1;
    long sql = mql >= 0 && r.nextDouble() < 0.5 ? mql + 720 + r.nextInt(60 * 24 * 14) : -1;
    long opp = sql >= 0 && r.nextDouble() < 0.6 ? sql + 720 + r.nextInt(60 * 24 * 10) : -1;
    long customer = opp >= 0 && r.nextDouble() < 0.45 ? opp + 60 * 24 * 3 + r.nextInt(60 * 24 * 27) : -1;
    double amount = customer >= 0 ? Math.round(Rand.logNormal(r, org.dealMedian(), 0.6) * 100) / 100.0 : Double.NaN;
    return new Contact(id, source, created, mql, sql, opp, customer, amount);
  }

  /** First name, last name, e-mail, phone: made up, e-mails on reserved example domains. */
  String[] person(long seed) {
    SplittableRandom r = Rand.of(seed, "person", recordId);
    String first = Names.FIRST[r.nextInt(Names.FIRST.length)];
    String last = Names.LAST[r.nextInt(Names.LAST.length)];
    String email = r.nextDouble() < 0.85
        ? (first + "." + last).toLowerCase(Locale.ROOT).replace("'", "") + (r.nextInt(90) + 10) + "@" + Names.MAIL_DOMAINS[r.nextInt(3)] : "";
    String phone = r.nextDouble() < 0.5 ? String.format(Locale.US, "555-01%02d", r.nextInt(100)) : "";
    return new String[] {first, last, email, phone};
  }

  boolean changesOn(LocalDate d) {
    long day = d.toEpochDay();
    return created / 1440 == day || (mql >= 0 && mql / 1440 == day) || (sql >= 0 && sql / 1440 == day)
        || (opportunity >= 0 && opportunity / 1440 == day) || (customer >= 0 && customer / 1440 == day);
  }

  String stageOn(LocalDate d) {
    if (reached(customer, d)) return "customer";
    if (reached(opportunity, d)) return "opportunity";
    if (reached(sql, d)) return "salesqualifiedlead";
    if (reached(mql, d)) return "marketingqualifiedlead";
    return "lead";
  }

  static boolean reached(long minutes, LocalDate d) {
    return minutes >= 0 && minutes / 1440 <= d.toEpochDay();
  }

  /** The local time as HubSpot writes it, or empty if not reached by the date. */
  static String time(long minutes, LocalDate asOf) {
    if (!reached(minutes, asOf)) return "";
    return Fmt.LOCAL_MINUTES.format(LocalDateTime.ofEpochSecond(minutes * 60, 0, ZoneOffset.UTC));
  }
}
