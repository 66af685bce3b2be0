package socialbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.runtime.TableSpec;
import socialbench.runtime.TableWriter;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * Bench-stage timing on a synthetic dw of SF × 1,000 pages (250 organizations × 4 platforms), one post per
 * page and day and a follower row per page and day over 2026; times three nights of the bench stage.
 * Not part of the normal test run:
 * {@code mvn -o test -Dtest='socialbench.bench.BenchScaleMeasurement' -Dsocialbench.bench.scale=1}.
 * Prints the figures recorded in docs/benchmarks.md.
 */
@ExtendWith(SparkTestExtension.class)
@EnabledIfSystemProperty(named = "socialbench.bench.scale", matches = "\\d+")
class BenchScaleMeasurement {

  @Test
  void measuresNightsAndAYearOfMonths(TestWarehouse wh) {
    int sf = Integer.getInteger("socialbench.bench.scale");
    SparkSession spark = wh.spark();
    TableWriter w = TableWriter.of(spark, wh.settings());
    long t0 = System.nanoTime();
    generate(spark, w, sf);
    report("generate dw", t0, spark.table("dw.fct_post").count() + " posts");
    BenchStage stage = new BenchStage(spark, w, BenchSettings.from(wh.settings()));

    // the same kind of night after 20 days and after 354 days of history: cost should follow the night
    long january = System.nanoTime();
    var r = stage.run(LocalDate.parse("2026-01-20"));
    report("night 2026-01-20 (1 month, 20 days of history)", january, r.rowsPerTable().toString());
    long december = System.nanoTime();
    r = stage.run(LocalDate.parse("2026-12-20"));
    report("night 2026-12-20 (1 month, 354 days of history)", december, r.rowsPerTable().toString());
    long early = System.nanoTime();
    r = stage.run(LocalDate.parse("2026-12-03"));
    report("night 2026-12-03 (2 months: November is not final yet)", early, r.rowsPerTable().toString());
    assertEquals(1000L * sf * 3, spark.table("bench.page_month").count());
  }

  private static void report(String what, long startNanos, String detail) {
    System.out.printf("BENCH-SCALE %s: %.1f s (%s)%n", what, (System.nanoTime() - startNanos) / 1e9, detail);
  }

  private static void generate(SparkSession spark, TableWriter w, int sf) {
    spark.sql("select id, concat('org', id) as org_id from range(" + 250 * sf + ")").createOrReplaceTempView("gen_orgs");
    write(spark, w, "dw.dim_organization", """
        select org_id, concat('Org ', id) as name,
          element_at(array('health', 'retail', 'technology', 'finance', 'education'), cast(id % 5 + 1 as int)) as industry,
          element_at(array('smb', 'mid', 'enterprise'), cast(id % 3 + 1 as int)) as segment,
          'DE' as country, concat('agency', id % 10) as agency_id, date'2000-01-01' as valid_from,
          cast(null as date) as valid_to, true as is_current
        from gen_orgs""");
    spark.sql("""
        select o.id * 4 + p.pos as pid, concat(o.org_id, '-', p.platform) as page_id, p.platform, o.org_id,
          cast(pow(10, 2.5 + 4 * ((abs(hash(o.id, p.platform)) % 1000) / 1000.0)) as bigint) as base
        from gen_orgs o
        cross join (select posexplode(array('facebook', 'instagram', 'linkedin', 'x')) as (pos, platform)) p""")
        .createOrReplaceTempView("gen_pages");
    write(spark, w, "dw.dim_page", """
        select page_id, platform, org_id, page_id as handle, page_id as name, 'Europe/Berlin' as timezone,
          date'2000-01-01' as valid_from, cast(null as date) as valid_to, true as is_current
        from gen_pages""");
    spark.sql("""
        select g.*, d as date, datediff(d, date'2026-01-01') as day_index
        from gen_pages g lateral view explode(sequence(date'2026-01-01', date'2026-12-31')) t as d""")
        .createOrReplaceTempView("gen_days");
    write(spark, w, "dw.fct_page_daily", """
        select page_id, platform, org_id, date, base + base * day_index / 1000 as followers,
          base / 500 + 1 as followers_gained, base / 1000 as followers_lost, base / 500 + 1 - base / 1000 as followers_net,
          base * 3 as impressions, base * 2 as reach, base / 10 as page_views, 1L as posts_published
        from gen_days""");
    spark.sql("""
        select g.*, concat(page_id, '-', day_index) as post_id,
          to_timestamp(concat(cast(date as string), ' ', lpad(cast(abs(hash(page_id, day_index)) % 24 as string), 2, '0'), ':00:00')) as published_at,
          abs(hash(page_id, day_index, 'e')) % 1000 / 1000.0 as u
        from gen_days g""").createOrReplaceTempView("gen_posts");
    StringBuilder metrics = new StringBuilder();
    String[][] m = {
        {"impressions", "cast(base * (1 + u) as bigint)"}, {"reach", "cast(base * (0.5 + u / 2) as bigint)"},
        {"likes", "cast(base * u / 50 as bigint)"}, {"comments", "cast(base * u / 500 as bigint)"},
        {"shares", "cast(base * u / 400 as bigint)"}, {"saves", "cast(null as bigint)"},
        {"clicks", "cast(base * u / 100 as bigint)"}, {"video_views", "cast(base * u / 3 as bigint)"},
        {"engagements", "cast(base * u / 50 as bigint) + cast(base * u / 500 as bigint) + cast(base * u / 400 as bigint)"}};
    for (String[] x : m) {
      for (String at : new String[] {"d1", "d7", "d28", "latest"}) metrics.append(", ").append(x[1]).append(" as ").append(x[0]).append('_').append(at);
    }
    write(spark, w, "dw.fct_post", "select post_id, platform, page_id, org_id, published_at, date as published_date,"
        + " element_at(array('photo', 'link', 'video', 'text'), cast(day_index % 4 + 1 as int)) as post_type,"
        + " element_at(array('engagement', 'traffic', 'video', 'awareness'), cast(day_index % 4 + 1 as int)) as objective,"
        + " base + base * day_index / 1000 as followers_at_publish" + metrics
        + ", least(date_add(date, 7), date'2026-12-31') as d7_snapshot_date, date_add(date, 7) <= date'2026-12-31' as d7_is_final,"
        + " date'2026-12-31' as latest_snapshot_date from gen_posts");
    write(spark, w, "dw.dim_post", """
        select post_id, platform, page_id, org_id, published_at, date as published_date, date as local_date,
          dayofweek(date) as local_day_of_week, hour(published_at) as local_hour,
          element_at(array('photo', 'link', 'video', 'text'), cast(day_index % 4 + 1 as int)) as post_type,
          element_at(array('engagement', 'traffic', 'video', 'awareness'), cast(day_index % 4 + 1 as int)) as objective,
          array(element_at(array('technology', 'events', 'careers', 'conditions'), cast(day_index % 4 + 1 as int))) as topics,
          concat('https://example.org/', post_id) as permalink, 'text' as message
        from gen_posts""");
    write(spark, w, "dw.fct_conversion_daily", """
        select org_id, platform, date, base / 100 as link_clicks, base / 50 as sessions, base / 500 as form_submissions,
          base / 500 as leads, base / 2000 as mqls, 0L as sals, 0L as opportunities, base / 10000 as customers,
          base / 10D as revenue, base / 20D as spend
        from gen_days""");
  }

  private static void write(SparkSession spark, TableWriter w, String table, String select) {
    w.overwrite(new TableSpec(table, List.of(), "synthetic", Map.of()), spark.sql(select));
  }
}
