-- view: stg_canonical__posts
-- comment: socialbench canonical posts.csv rows of the night (already canonical metrics; the platform column names the network).
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
