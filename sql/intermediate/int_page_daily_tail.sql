-- view: int_page_daily_tail
-- materialize: checkpoint
-- comment: The night's page-level daily series from every format, one row per page and day: for each source
-- comment: (format, series and named page) the newest export carrying that day wins (later export date, then later
-- comment: land run, file path and row); metrics from different sources add up. A series that names no page is the
-- comment: organization's only page on that platform (landing rejects it when pages.csv gives several).
-- comment: The staging views are combined by column name (each branch lists its columns), never by position.
with unioned as (
  select org_id, platform, export_date, source_format, series, source_page_id, date, followers, followers_gained, followers_lost, followers_net, impressions, reach, page_views, source_file, source_row, land_date
    from stg_x__account_daily
  union all select org_id, platform, export_date, source_format, series, source_page_id, date, followers, followers_gained, followers_lost, followers_net, impressions, reach, page_views, source_file, source_row, land_date
    from stg_meta__daily_series
  union all select org_id, platform, export_date, source_format, series, source_page_id, date, followers, followers_gained, followers_lost, followers_net, impressions, reach, page_views, source_file, source_row, land_date
    from stg_linkedin__followers
  union all select org_id, platform, export_date, source_format, series, source_page_id, date, followers, followers_gained, followers_lost, followers_net, impressions, reach, page_views, source_file, source_row, land_date
    from stg_youtube__channel_daily
  union all select org_id, platform, export_date, source_format, series, source_page_id, date, followers, followers_gained, followers_lost, followers_net, impressions, reach, page_views, source_file, source_row, land_date
    from stg_tiktok__followers
  union all select org_id, platform, export_date, source_format, series, source_page_id, date, followers, followers_gained, followers_lost, followers_net, impressions, reach, page_views, source_file, source_row, land_date
    from stg_canonical__page_daily
),
newest as (
  select u.*,
    row_number() over (partition by org_id, platform, source_format, coalesce(series, ''), coalesce(source_page_id, ''), date
                       order by export_date desc, land_date desc nulls last, source_file desc, source_row desc) as export_rank
  from unioned u
),
with_page as (
  select n.*,
    case when n.source_page_id is not null then n.source_page_id
         when count(pg.page_id) over (partition by n.org_id, n.platform, n.source_format, coalesce(n.series, ''), coalesce(n.source_page_id, ''), n.date) = 1
           then pg.page_id
         else concat(n.org_id, ':', n.platform) end as page_id,
    row_number() over (partition by n.org_id, n.platform, n.source_format, coalesce(n.series, ''), coalesce(n.source_page_id, ''), n.date
                       order by pg.page_id) as page_rank
  from newest n
  left join dw.dim_page pg
    on pg.org_id = n.org_id and pg.platform = n.platform
   and n.date >= pg.valid_from and (pg.valid_to is null or n.date < pg.valid_to)
  where n.export_rank = 1
)
select
  org_id, platform, page_id, date,
  max(followers) as followers_reported,
  sum(followers_gained) as followers_gained,
  sum(followers_lost) as followers_lost,
  sum(followers_net) as followers_net_reported,
  sum(impressions) as impressions,
  sum(reach) as reach,
  sum(page_views) as page_views
from with_page
where page_rank = 1
group by org_id, platform, page_id, date
