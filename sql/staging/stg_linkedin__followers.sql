-- view: stg_linkedin__followers
-- comment: LinkedIn new-followers export rows of the night; its "Total followers" is the day's new followers (sponsored + organic), so it is followers gained.
select
  _org_id as org_id, 'linkedin' as platform, _export_date as export_date, 'linkedin_followers' as source_format,
  cast(null as string) as series, _page_id as source_page_id, date,
  cast(null as bigint) as followers,
  coalesce(total_followers, sponsored_followers + organic_followers) as followers_gained,
  cast(null as bigint) as followers_lost, cast(null as bigint) as followers_net,
  cast(null as bigint) as impressions, cast(null as bigint) as reach, cast(null as bigint) as page_views,
  _source_file as source_file, _row_number as source_row, _land_date as land_date
from bronze_linkedin_followers
where date is not null
