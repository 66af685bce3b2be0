-- view: stg_meta__daily_series
-- comment: Meta Business Suite daily series (Facebook and Instagram) of the night; the title line says which metric: follows -> followers gained, unfollows -> lost, reach, views/impressions, page visits.
with typed as (
  select
    _org_id as org_id, _platform as platform, _export_date as export_date, series_title, date, value, _page_id,
    _source_file as source_file, _row_number as source_row, _land_date as land_date,
    case
      when lower(series_title) rlike 'unfollow' then 'lost'
      when lower(series_title) rlike 'follow' then 'gained'
      when lower(series_title) rlike 'reach' then 'reach'
      when lower(series_title) rlike 'visit|page view' then 'page_views'
      when lower(series_title) rlike 'view|impression' then 'impressions'
    end as metric
  from bronze_meta_daily_series
  where date is not null
)
select
  org_id, platform, export_date, 'meta_daily_series' as source_format, lower(series_title) as series,
  _page_id as source_page_id, date,
  cast(null as bigint) as followers,
  case when metric = 'gained' then value end as followers_gained,
  case when metric = 'lost' then value end as followers_lost,
  cast(null as bigint) as followers_net,
  case when metric = 'impressions' then value end as impressions,
  case when metric = 'reach' then value end as reach,
  case when metric = 'page_views' then value end as page_views,
  source_file, source_row, land_date
from typed
where metric is not null
