package socialbench.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** The YouTube Studio content export: a zip of Table data.csv (with a Total row), Chart data.csv and Totals.csv. */
final class YouTubeExports {
  private YouTubeExports() {}

  static final String[] TABLE_HEADER = {
    "Content", "Video title", "Video publish time", "Duration", "Views", "Watch time (hours)", "Subscribers",
    "Estimated revenue (USD)", "Impressions", "Impressions click-through rate (%)"
  };
  static final String[] CHART_HEADER = {"Date", "Views"};

  static Export studioZip(PageDay day, FollowerModel followers) {
    Table table = new Table("Table data.csv", TABLE_HEADER, "Duration", "Views", "Watch time (hours)", "Subscribers", "Estimated revenue (USD)",
        "Impressions", "Impressions click-through rate (%)");
    long views = 0, subs = 0, impressions = 0, watchSeconds = 0;
    for (long[] m : day.metrics) {
      views += m[Metric.VIDEO_VIEWS];
      subs += m[Metric.SUBSCRIBERS];
      impressions += m[Metric.IMPRESSIONS];
      watchSeconds += m[Metric.WATCH_SECONDS];
    }
    table.row("Total", "", "", "", Fmt.n(views), hours(watchSeconds), Fmt.n(subs), "", Fmt.n(impressions), percent(views, impressions));
    for (int i = 0; i < day.posts.size(); i++) {
      Post p = day.posts.get(i);
      long[] m = day.metrics.get(i);
      table.row(p.id(), p.message(), Fmt.YOUTUBE_DATE.format(p.date()), Integer.toString(p.durationSeconds()), Fmt.n(m[Metric.VIDEO_VIEWS]),
          hours(m[Metric.WATCH_SECONDS]), Fmt.n(m[Metric.SUBSCRIBERS]), "", Fmt.n(m[Metric.IMPRESSIONS]),
          percent(m[Metric.VIDEO_VIEWS], m[Metric.IMPRESSIONS]));
    }
    Table chart = new Table("Chart data.csv", CHART_HEADER, "Views");
    long total = 0;
    LocalDate first = day.date.minusDays(PageDay.WINDOW_DAYS - 1);
    for (LocalDate d = first; !d.isAfter(day.date); d = d.plusDays(1)) {
      long v = 0;
      for (Post p : day.posts) {
        if (p.date().isAfter(d)) continue;
        long before = p.date().equals(d) ? 0 : p.snapshot(d.minusDays(1))[Metric.VIDEO_VIEWS];
        v += p.snapshot(d)[Metric.VIDEO_VIEWS] - before;
      }
      total += v;
      chart.row(Fmt.ISO_DATE.format(d), Fmt.n(v));
    }
    Table totals = new Table("Totals.csv", CHART_HEADER, "Views");
    totals.row(Fmt.ISO_DATE.format(day.date), Fmt.n(total));
    String name = "Content " + first + "_" + day.date + " " + day.page.nameOn(day.date) + ".zip";
    return new Export(ExportFormat.YOUTUBE_STUDIO_ZIP, day.page.org(), "youtube", day.date, name, List.of(table, chart, totals),
        new ZipEncoder(CsvDialect.PLAIN));
  }

  private static String hours(long seconds) {
    return strip(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 4, RoundingMode.HALF_UP));
  }

  private static String percent(long part, long whole) {
    if (whole == 0) return "0";
    return strip(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP));
  }

  private static String strip(BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }
}
