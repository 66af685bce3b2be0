-- view: stg_canonical__posts
-- comment: socialbench canonical posts.csv rows of the night (already canonical metrics; the platform column names the network).
-- column: org_id STRING | Organization of the inbox folder the file came from.
-- column: platform STRING | Platform code of the row.
-- column: export_date DATE | Export date: the inbox date folder the file was in.
-- column: source_format STRING | Export format the file was recognised as (conf/formats.conf).
-- column: post_id STRING | Platform post id.
-- column: source_page_id STRING | Page the export names for the row (page-scoped formats); NULL when it names none.
-- column: published_at TIMESTAMP | Publish instant (UTC); NULL when the export gives only a date.
-- column: published_local_date DATE | Page-local publish day when the export gives only a date, else NULL.
-- column: post_type_raw STRING | Post type as exported (normalised in the intermediate models).
-- column: labels STRING | Content-calendar labels as exported.
-- column: permalink STRING | Link to the post.
-- column: message STRING | Post text as exported.
-- column: impressions BIGINT | Lifetime impressions as of the export; NULL when unreported.
-- column: reach BIGINT | Lifetime reach as of the export; NULL when unreported.
-- column: likes BIGINT | Lifetime likes or reactions as of the export; NULL when unreported.
-- column: comments BIGINT | Lifetime comments or replies as of the export; NULL when unreported.
-- column: shares BIGINT | Lifetime shares or reposts as of the export; NULL when unreported.
-- column: saves BIGINT | Lifetime saves as of the export; NULL when unreported.
-- column: clicks BIGINT | Lifetime clicks as of the export; NULL when unreported.
-- column: video_views BIGINT | Lifetime video views as of the export; NULL when unreported.
-- column: platform_engagements BIGINT | Engagements as the platform counts them; NULL when unreported.
-- column: source_file STRING | Inbox path of the file (zip or workbook member after '!').
-- column: source_row BIGINT | Row number in the file.
-- column: land_date DATE | Logical date of the land run that landed the file.
select
  _org_id as org_id,
  lower(platform) as platform,
  _export_date as export_date,
  'canonical_posts' as source_format,
  post_id,
  page_id as source_page_id,
  published_at,
  cast(null as date) as published_local_date,
  post_type as post_type_raw,
  cast(null as string) as labels,
  permalink,
  message,
  impressions,
  reach,
  likes,
  comments,
  shares,
  saves,
  clicks,
  video_views,
  cast(null as bigint) as platform_engagements,
  _source_file as source_file,
  _row_number as source_row,
  _land_date as land_date
from bronze_canonical_posts
where post_id is not null and platform is not null
