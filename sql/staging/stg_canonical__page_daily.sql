-- view: stg_canonical__page_daily
-- comment: socialbench canonical page_daily.csv rows of the night.
select
  _org_id as org_id, lower(platform) as platform, _export_date as export_date, 'canonical_page_daily' as source_format,
  cast(null as string) as series, page_id as source_page_id, date,
  followers, followers_gained, followers_lost, cast(null as bigint) as followers_net, impressions, reach, page_views,
  _source_file as source_file, _row_number as source_row, _land_date as land_date
from bronze_canonical_page_daily
where date is not null and platform is not null
