-- view: stg_meta__daily_series
-- comment: Meta Business Suite daily series (Facebook and Instagram) of the night; the title line says which metric: follows -> followers gained, unfollows -> lost, reach, views/impressions, page visits.
-- column: org_id STRING | Organization of the inbox folder the file came from.
-- column: platform STRING | Platform code of the row.
-- column: export_date DATE | Export date: the inbox date folder the file was in.
-- column: source_format STRING | Export format the file was recognised as (conf/formats.conf).
-- column: series STRING | Name of the daily series (Meta daily exports).
-- column: source_page_id STRING | Page the export names for the row (page-scoped formats); NULL when it names none.
-- column: date DATE | Day the row describes.
-- column: followers BIGINT | Follower total at the end of the day; NULL when unreported.
-- column: followers_gained BIGINT | Followers gained that day; NULL when unreported.
-- column: followers_lost BIGINT | Followers lost that day; NULL when unreported.
-- column: followers_net BIGINT | Net follower change that day; NULL when unreported.
-- column: impressions BIGINT | Impressions that day; NULL when unreported.
-- column: reach BIGINT | Reach that day; NULL when unreported.
-- column: page_views BIGINT | Page or profile views that day; NULL when unreported.
-- column: source_file STRING | Inbox path of the file (zip or workbook member after '!').
-- column: source_row BIGINT | Row number in the file.
-- column: land_date DATE | Logical date of the land run that landed the file.
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
