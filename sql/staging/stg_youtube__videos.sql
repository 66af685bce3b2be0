-- view: stg_youtube__videos
-- comment: YouTube Studio "Table data" rows of the night (one per video; video views = views); the publish date has no time and is local to the channel.
select
  _org_id as org_id,
  'youtube' as platform,
  _export_date as export_date,
  'youtube_table_data' as source_format,
  content as post_id,
  _page_id as source_page_id,
  cast(null as timestamp) as published_at,
  video_publish_time as published_local_date,
  'video' as post_type_raw,
  cast(null as string) as labels,
  concat('https://www.youtube.com/watch?v=', content) as permalink,
  video_title as message,
  impressions,
  cast(null as bigint) as reach,
  likes,
  comments,
  shares,
  cast(null as bigint) as saves,
  cast(null as bigint) as clicks,
  views as video_views,
  cast(null as bigint) as platform_engagements,
  _source_file as source_file,
  _row_number as source_row,
  _land_date as land_date
from bronze_youtube_table_data
where content is not null
