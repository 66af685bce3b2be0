-- view: stg_facebook__post_insights
-- comment: Legacy Facebook Page Insights post-level export rows of the night (likes = reactions as "like" stories).
select
  _org_id as org_id,
  'facebook' as platform,
  _export_date as export_date,
  'facebook_post_insights' as source_format,
  post_id,
  _page_id as source_page_id,
  published_at,
  cast(null as date) as published_local_date,
  post_type as post_type_raw,
  cast(null as string) as labels,
  permalink,
  post_message as message,
  lifetime_post_total_impressions as impressions,
  lifetime_post_total_reach as reach,
  lifetime_post_stories_like as likes,
  lifetime_post_stories_comment as comments,
  lifetime_post_stories_share as shares,
  cast(null as bigint) as saves,
  lifetime_post_consumptions_link_clicks as clicks,
  cast(null as bigint) as video_views,
  lifetime_engaged_users as platform_engagements,
  _source_file as source_file,
  _row_number as source_row,
  _land_date as land_date
from bronze_facebook_post_insights
where post_id is not null
