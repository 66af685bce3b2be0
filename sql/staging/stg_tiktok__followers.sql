-- view: stg_tiktok__followers
-- comment: TikTok Studio followers series of the night: the day's follower total and its net change.
select
  _org_id as org_id, 'tiktok' as platform, _export_date as export_date, 'tiktok_followers' as source_format,
  cast(null as string) as series, _page_id as source_page_id, date,
  followers, cast(null as bigint) as followers_gained, cast(null as bigint) as followers_lost,
  followers_change as followers_net, cast(null as bigint) as impressions, cast(null as bigint) as reach, cast(null as bigint) as page_views,
  _source_file as source_file, _row_number as source_row, _land_date as land_date
from bronze_tiktok_followers
where date is not null
