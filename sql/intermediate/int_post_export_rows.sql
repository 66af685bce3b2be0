-- view: int_post_export_rows
-- materialize: checkpoint
-- comment: Every post row of the night's exports (all formats, every file; nothing superseded yet), with the page
-- comment: resolved (the page the export names; else the organization's only page on that platform in dw.dim_page
-- comment: as of the export date; else <org>:<platform>) and its time zone, the publish instant in UTC (date-only
-- comment: exports: local midnight of the page) and the page-local publish day (date-only exports: the exported date).
-- comment: The staging views are combined by column name (each branch lists its columns), never by position.
with unioned as (
  select org_id, platform, export_date, source_format, post_id, source_page_id, published_at, published_local_date, post_type_raw, labels, permalink, message, impressions, reach, likes, comments, shares, saves, clicks, video_views, platform_engagements, source_file, source_row, land_date
    from stg_x__tweets
  union all select org_id, platform, export_date, source_format, post_id, source_page_id, published_at, published_local_date, post_type_raw, labels, permalink, message, impressions, reach, likes, comments, shares, saves, clicks, video_views, platform_engagements, source_file, source_row, land_date
    from stg_facebook__post_insights
  union all select org_id, platform, export_date, source_format, post_id, source_page_id, published_at, published_local_date, post_type_raw, labels, permalink, message, impressions, reach, likes, comments, shares, saves, clicks, video_views, platform_engagements, source_file, source_row, land_date
    from stg_facebook__content
  union all select org_id, platform, export_date, source_format, post_id, source_page_id, published_at, published_local_date, post_type_raw, labels, permalink, message, impressions, reach, likes, comments, shares, saves, clicks, video_views, platform_engagements, source_file, source_row, land_date
    from stg_instagram__content
  union all select org_id, platform, export_date, source_format, post_id, source_page_id, published_at, published_local_date, post_type_raw, labels, permalink, message, impressions, reach, likes, comments, shares, saves, clicks, video_views, platform_engagements, source_file, source_row, land_date
    from stg_linkedin__updates
  union all select org_id, platform, export_date, source_format, post_id, source_page_id, published_at, published_local_date, post_type_raw, labels, permalink, message, impressions, reach, likes, comments, shares, saves, clicks, video_views, platform_engagements, source_file, source_row, land_date
    from stg_youtube__videos
  union all select org_id, platform, export_date, source_format, post_id, source_page_id, published_at, published_local_date, post_type_raw, labels, permalink, message, impressions, reach, likes, comments, shares, saves, clicks, video_views, platform_engagements, source_file, source_row, land_date
    from stg_tiktok__videos
  union all select org_id, platform, export_date, source_format, post_id, source_page_id, published_at, published_local_date, post_type_raw, labels, permalink, message, impressions, reach, likes, comments, shares, saves, clicks, video_views, platform_engagements, source_file, source_row, land_date
    from stg_canonical__posts
),
org_page as (
  select f.org_id, f.platform, f.export_date, if(count(pg.page_id) = 1, min(pg.page_id), cast(null as string)) as only_page
  from (select distinct org_id, platform, export_date from unioned) f
  left join dw.dim_page pg
    on pg.org_id = f.org_id and pg.platform = f.platform
   and f.export_date >= pg.valid_from and (pg.valid_to is null or f.export_date < pg.valid_to)
  group by f.org_id, f.platform, f.export_date
),
resolved as (
  select u.*, coalesce(u.source_page_id, o.only_page, concat(u.org_id, ':', u.platform)) as page_id
  from unioned u
  join org_page o on o.org_id = u.org_id and o.platform = u.platform and o.export_date = u.export_date
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
  impressions, reach, likes, comments, shares, saves, clicks, video_views, platform_engagements,
  source_file, source_row, land_date
from zoned
