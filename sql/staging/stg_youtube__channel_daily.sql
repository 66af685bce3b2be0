-- view: stg_youtube__channel_daily
-- comment: YouTube Studio "Chart data" daily rows of the night: net subscribers change and channel impressions.
select
  _org_id as org_id, 'youtube' as platform, _export_date as export_date, 'youtube_chart_data' as source_format,
  cast(null as string) as series, _page_id as source_page_id, date,
  cast(null as bigint) as followers, cast(null as bigint) as followers_gained, cast(null as bigint) as followers_lost,
  subscribers as followers_net, impressions, cast(null as bigint) as reach, cast(null as bigint) as page_views,
  _source_file as source_file, _row_number as source_row, _land_date as land_date
from bronze_youtube_chart_data
where date is not null
