package socialbench.model;

import static socialbench.testing.DataFrameAssert.assertRows;
import static socialbench.testing.DataFrameAssert.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import socialbench.runtime.TableWriter;
import socialbench.testing.SparkTestExtension;
import socialbench.testing.TestWarehouse;

/**
 * The intermediate models that combine staging views (int_post_export_rows under int_post_snapshot_tail,
 * int_page_daily_tail) take each column by its name: a staging view whose columns come in another order
 * (here likes before comments, followers_lost before followers_gained) gives its values to the right
 * columns. A union by position would silently swap the two metrics.
 */
@ExtendWith(SparkTestExtension.class)
class UnionByNameTest {
  static List<ModelFile> models;

  @BeforeAll
  static void emptyNight(TestWarehouse wh) {
    models = ModelManifest.load();
    ModelFile dimPage = model("dw.dim_page");
    TableWriter.of(wh.spark(), wh.settings()).ensure(dimPage.tableSpec(), SchemaConformer.schemaOf(dimPage));
    NightScope nothing = new NightScope(LocalDate.parse("2026-03-02"), Map.of());
    new BronzeSources(wh.spark(), wh.warehouse(), wh.settings().config()).register(nothing);
    for (ModelFile m : models) {
      if (m.name().startsWith("stg_")) wh.spark().sql(m.query()).createOrReplaceTempView(m.name());
    }
  }

  static ModelFile model(String name) {
    return models.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aPostStagingViewWithReorderedColumnsKeepsItsMetrics(TestWarehouse wh) {
    wh.spark().sql("""
        create or replace temp view stg_x__tweets as
        select org_id, platform, export_date, source_format, post_id, source_page_id, published_at, published_local_date,
          post_type_raw, labels, permalink, message, impressions, reach,
          comments, likes,
          shares, saves, clicks, video_views, platform_engagements, source_file, source_row, land_date
        from (select 'o1' as org_id, 'x' as platform, date'2026-03-02' as export_date, 'x_tweet_activity' as source_format,
          't1' as post_id, cast(null as string) as source_page_id, timestamp'2026-03-01 10:00:00' as published_at,
          cast(null as date) as published_local_date, cast(null as string) as post_type_raw, cast(null as string) as labels,
          'https://x.com/t1' as permalink, 'hello' as message, 1000L as impressions, cast(null as bigint) as reach,
          50L as likes, 7L as comments, 3L as shares, cast(null as bigint) as saves, 4L as clicks, cast(null as bigint) as video_views,
          60L as platform_engagements, 'o1/x/2026-03-02/t.csv' as source_file, 2L as source_row, date'2026-03-02' as land_date)
        """);
    wh.spark().sql(model("int_post_export_rows").query()).createOrReplaceTempView("int_post_export_rows");
    assertRows(wh.spark().sql("select post_id, impressions, likes, comments, shares, clicks, platform_engagements from int_post_export_rows"),
        row("t1", 1000L, 50L, 7L, 3L, 4L, 60L));
  }

  @Test
  void aDailyStagingViewWithReorderedColumnsKeepsItsMetrics(TestWarehouse wh) {
    wh.spark().sql("""
        create or replace temp view stg_tiktok__followers as
        select org_id, platform, export_date, source_format, series, source_page_id, date, followers,
          followers_lost, followers_gained,
          followers_net, impressions, reach, page_views, source_file, source_row, land_date
        from (select 'o1' as org_id, 'tiktok' as platform, date'2026-03-02' as export_date, 'tiktok_followers' as source_format,
          cast(null as string) as series, 'T1' as source_page_id, date'2026-03-01' as date, 900L as followers,
          12L as followers_gained, 2L as followers_lost, cast(null as bigint) as followers_net, cast(null as bigint) as impressions,
          cast(null as bigint) as reach, cast(null as bigint) as page_views, 'o1/tiktok/2026-03-02/f.csv' as source_file,
          2L as source_row, date'2026-03-02' as land_date)
        """);
    assertRows(wh.spark().sql("select page_id, cast(date as string), followers_reported, followers_gained, followers_lost from ("
            + model("int_page_daily_tail").query() + ")"),
        row("T1", "2026-03-01", 900L, 12L, 2L));
  }
}
