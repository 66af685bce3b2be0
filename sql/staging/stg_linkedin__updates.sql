-- view: stg_linkedin__updates
-- comment: LinkedIn page updates export rows of the night; the update link is the post id, the created date (no time) is local to the page.
select
  _org_id as org_id,
  'linkedin' as platform,
  _export_date as export_date,
  'linkedin_updates' as source_format,
  update_link as post_id,
  _page_id as source_page_id,
  cast(null as timestamp) as published_at,
  created_date as published_local_date,
  coalesce(content_type, update_type) as post_type_raw,
  cast(null as string) as labels,
  update_link as permalink,
  update_title as message,
  impressions,
  cast(null as bigint) as reach,
  likes,
  comments,
  shares,
  cast(null as bigint) as saves,
  clicks,
  video_views,
  cast(null as bigint) as platform_engagements,
  _source_file as source_file,
  _row_number as source_row,
  _land_date as land_date
from bronze_linkedin_updates
where update_link is not null
