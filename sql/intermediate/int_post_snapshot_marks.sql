-- view: int_post_snapshot_marks
-- materialize: checkpoint
-- comment: The night's post snapshots (int_post_snapshot_tail, with engagements) each measured against the post's
-- comment: earlier snapshots: whether some cumulative metric is lower than in the snapshot just before
-- comment: (has_decrease) and the highest value of each metric before it (<metric>_before, the high-water mark
-- comment: dw.fct_post_daily's growth is measured from; NULL when nothing earlier reports it). The earlier
-- comment: snapshots are the night's own and the stored ones from :post_window_start up to the organization's
-- comment: first day tonight; one window over both gives dw.fct_post_snapshot and dw.fct_post_daily their rows.
with tail as (
  select t.*,
    case when coalesce(t.likes, t.comments, t.shares, t.saves) is not null
         then coalesce(t.likes, 0) + coalesce(t.comments, 0) + coalesce(t.shares, 0) + coalesce(t.saves, 0) end as engagements
  from int_post_snapshot_tail t
),
prior as (
  select s.org_id, s.platform, s.post_id, s.export_date, s.impressions, s.reach, s.likes, s.comments, s.shares, s.saves, s.clicks, s.video_views, s.engagements
  from dw.fct_post_snapshot s
  join scope_orgs o on s.org_id = o.org_id
  left semi join tail t on t.org_id = s.org_id and t.platform = s.platform and t.post_id = s.post_id
  where s.export_date >= :post_window_start and s.export_date < o.from_date
),
sequenced as (
  select org_id, platform, post_id, export_date, false as is_tail,
    cast(null as string) as page_id, cast(null as timestamp) as published_at, cast(null as date) as published_local_date,
    cast(null as string) as source_format, cast(null as bigint) as platform_engagements,
    impressions, reach, likes, comments, shares, saves, clicks, video_views, engagements
  from prior
  union all
  select org_id, platform, post_id, export_date, true as is_tail,
    page_id, published_at, published_local_date, source_format, platform_engagements,
    impressions, reach, likes, comments, shares, saves, clicks, video_views, engagements
  from tail
),
marked as (
  select s.*,
    coalesce(impressions < lag(impressions) over w, false)
      or coalesce(reach < lag(reach) over w, false)
      or coalesce(likes < lag(likes) over w, false)
      or coalesce(comments < lag(comments) over w, false)
      or coalesce(shares < lag(shares) over w, false)
      or coalesce(saves < lag(saves) over w, false)
      or coalesce(clicks < lag(clicks) over w, false)
      or coalesce(video_views < lag(video_views) over w, false)
      as has_decrease,
    max(impressions) over earlier as impressions_before,
    max(reach) over earlier as reach_before,
    max(likes) over earlier as likes_before,
    max(comments) over earlier as comments_before,
    max(shares) over earlier as shares_before,
    max(saves) over earlier as saves_before,
    max(clicks) over earlier as clicks_before,
    max(video_views) over earlier as video_views_before,
    max(engagements) over earlier as engagements_before
  from sequenced s
  window w as (partition by org_id, platform, post_id order by export_date),
    earlier as (partition by org_id, platform, post_id order by export_date rows between unbounded preceding and 1 preceding)
)
select
  org_id, platform, post_id, page_id, export_date, published_at, published_local_date, source_format,
  impressions, reach, likes, comments, shares, saves, clicks, video_views, engagements, platform_engagements,
  has_decrease,
  impressions_before, reach_before, likes_before, comments_before, shares_before, saves_before, clicks_before,
  video_views_before, engagements_before
from marked
where is_tail
