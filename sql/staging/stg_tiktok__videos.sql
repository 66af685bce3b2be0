-- view: stg_tiktok__videos
-- comment: TikTok Studio content export rows of the night; the post id is the last path segment of the video link.
select
  _org_id as org_id,
  'tiktok' as platform,
  _export_date as export_date,
  'tiktok_content' as source_format,
  coalesce(nullif(regexp_extract(video_link, '/video/([0-9]+)', 1), ''), video_link) as post_id,
  _page_id as source_page_id,
  post_time as published_at,
  cast(null as date) as published_local_date,
  'video' as post_type_raw,
  cast(null as string) as labels,
  video_link as permalink,
  video_title as message,
  cast(null as bigint) as impressions,
  reach,
  total_likes as likes,
  total_comments as comments,
  total_shares as shares,
  total_saves as saves,
  cast(null as bigint) as clicks,
  total_views as video_views,
  cast(null as bigint) as platform_engagements,
  _source_file as source_file,
  _row_number as source_row,
  _land_date as land_date
from bronze_tiktok_content
where video_link is not null
