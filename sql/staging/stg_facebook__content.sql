-- view: stg_facebook__content
-- comment: Meta Business Suite Facebook content export rows of the night (likes = reactions, video views = 3-second views).
select
  _org_id as org_id,
  'facebook' as platform,
  _export_date as export_date,
  'facebook_content' as source_format,
  post_id,
  page_id as source_page_id,
  publish_time as published_at,
  cast(null as date) as published_local_date,
  post_type as post_type_raw,
  custom_labels as labels,
  permalink,
  coalesce(description, title) as message,
  views as impressions,
  reach,
  reactions as likes,
  comments,
  shares,
  cast(null as bigint) as saves,
  link_clicks as clicks,
  three_second_video_views as video_views,
  reactions_comments_and_shares as platform_engagements,
  _source_file as source_file,
  _row_number as source_row,
  _land_date as land_date
from bronze_facebook_content
where post_id is not null
