-- view: stg_x__tweets
-- comment: X tweet activity export rows of the night, as canonical post snapshots (comments = replies, shares = retweets, clicks = url clicks).
select
  _org_id as org_id,
  'x' as platform,
  _export_date as export_date,
  'x_tweet_activity' as source_format,
  tweet_id as post_id,
  _page_id as source_page_id,
  published_at,
  cast(null as date) as published_local_date,
  cast(null as string) as post_type_raw,
  cast(null as string) as labels,
  tweet_permalink as permalink,
  tweet_text as message,
  impressions,
  cast(null as bigint) as reach,
  likes,
  replies as comments,
  retweets as shares,
  cast(null as bigint) as saves,
  url_clicks as clicks,
  media_views as video_views,
  engagements as platform_engagements,
  _source_file as source_file,
  _row_number as source_row,
  _land_date as land_date
from bronze_x_tweet_activity
where tweet_id is not null
