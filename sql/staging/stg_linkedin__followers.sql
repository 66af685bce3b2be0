-- view: stg_linkedin__followers
-- comment: LinkedIn new-followers export rows of the night; its "Total followers" is the day's new followers (sponsored + organic), so it is followers gained.
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
