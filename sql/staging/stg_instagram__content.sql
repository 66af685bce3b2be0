-- view: stg_instagram__content
-- comment: Meta Business Suite Instagram content export rows of the night (impressions = views; video views = views of reels and videos only).
select
  _org_id as org_id,
  'instagram' as platform,
  _export_date as export_date,
  'instagram_content' as source_format,
  post_id,
  account_id as source_page_id,
  publish_time as published_at,
  cast(null as date) as published_local_date,
  post_type as post_type_raw,
  cast(null as string) as labels,
  permalink,
  description as message,
  views as impressions,
  reach,
  likes,
  comments,
  shares,
  saves,
  cast(null as bigint) as clicks,
  case when lower(post_type) rlike 'reel|video' then views end as video_views,
  cast(null as bigint) as platform_engagements,
  _source_file as source_file,
  _row_number as source_row,
  _land_date as land_date
from bronze_instagram_content
where post_id is not null
