-- view: int_post_snapshot_tail
-- materialize: checkpoint
-- comment: The night's post snapshots from every post-level format: one row per organization, post and export
-- comment: date (the highest-priority format wins when two carry the same post; within a format the latest
-- comment: export: later land run, then later file path, then later row), with the page resolved (the page the
-- comment: export names; else the organization's only page on that platform in dw.dim_page) and its time zone,
-- comment: the publish instant in UTC (date-only exports: local midnight of the page), the page-local publish
-- comment: day (date-only exports: the exported date itself) and whether the export gave a time of day.
with unioned as (
  select * from stg_x__tweets
  union all select * from stg_facebook__post_insights
  union all select * from stg_facebook__content
  union all select * from stg_instagram__content
  union all select * from stg_linkedin__updates
  union all select * from stg_youtube__videos
  union all select * from stg_tiktok__videos
  union all select * from stg_canonical__posts
),
ranked as (
  select u.*,
    row_number() over (partition by u.org_id, u.platform, u.post_id, u.export_date
                       order by coalesce(p.priority, 99), u.land_date desc nulls last, u.source_file desc, u.source_row desc) as source_rank
  from unioned u
  left join cfg_post_source_priority p on p.source_format = u.source_format
),
with_org_page as (
  select r.*, pg.page_id as org_page_id,
    count(pg.page_id) over (partition by r.org_id, r.platform, r.post_id, r.export_date) as org_pages,
    row_number() over (partition by r.org_id, r.platform, r.post_id, r.export_date order by pg.page_id) as page_rank
  from ranked r
  left join dw.dim_page pg
    on pg.org_id = r.org_id and pg.platform = r.platform
   and r.export_date >= pg.valid_from and (pg.valid_to is null or r.export_date < pg.valid_to)
  where r.source_rank = 1
),
resolved as (
  select w.*,
    case when source_page_id is not null then source_page_id
         when org_pages = 1 then org_page_id
         else concat(org_id, ':', platform) end as page_id
  from with_org_page w
  where page_rank = 1
),
zoned as (
  select r.*, coalesce(tz.timezone, 'UTC') as timezone
  from resolved r
  left join (select platform, page_id, max_by(timezone, valid_from) as timezone from dw.dim_page group by platform, page_id) tz
    on tz.platform = r.platform and tz.page_id = r.page_id
)
select
  org_id, platform, page_id, timezone, export_date, source_format, post_id,
  coalesce(published_at, to_utc_timestamp(cast(published_local_date as timestamp), timezone)) as published_at,
  coalesce(published_local_date, to_date(from_utc_timestamp(published_at, timezone))) as published_local_date,
  published_at is not null as has_publish_time,
  post_type_raw, labels, permalink, message,
  impressions, reach, likes, comments, shares, saves, clicks, video_views, platform_engagements
from zoned
