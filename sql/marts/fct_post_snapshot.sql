-- table: dw.fct_post_snapshot
-- key: org_id, post_id, platform, export_date
-- comment: One row per post and export date: the post's lifetime (cumulative) metrics as that day's export
-- comment: reported them, in canonical names (docs/design.md §5). A metric the platform does not report is NULL.
-- write: slice export_date from scope_orgs
-- removes: org_id, platform, post_id in int_post_removed
-- partition: export_date
-- stats: org_id, page_id, post_id
-- column: post_id STRING | Post id on its platform.
-- column: platform STRING | Platform code.
-- column: page_id STRING | Page that published the post.
-- column: org_id STRING | Organization whose export carried the snapshot.
-- column: export_date DATE | Export date of the file (inbox folder).
-- column: published_at TIMESTAMP | Publish instant, UTC.
-- column: age_days INT | Days from the page-local publish day to the export date.
-- column: impressions BIGINT | Lifetime impressions (Instagram/Facebook views).
-- column: reach BIGINT | Lifetime unique accounts reached.
-- column: likes BIGINT | Lifetime likes (reactions on Facebook).
-- column: comments BIGINT | Lifetime comments (replies on X).
-- column: shares BIGINT | Lifetime shares (retweets/reposts).
-- column: saves BIGINT | Lifetime saves.
-- column: clicks BIGINT | Lifetime link/url clicks.
-- column: video_views BIGINT | Lifetime video views.
-- column: engagements BIGINT | likes + comments + shares + saves over the components reported (NULL if none is).
-- column: platform_engagements BIGINT | The platform's own engagement figure (NULL where it has none).
-- column: has_decrease BOOLEAN | True when some cumulative metric is lower than in the post's previous snapshot.
-- column: source_format STRING | Bronze format the snapshot came from.
with tail as (
  select * from int_post_snapshot_tail
),
prior as (
  select s.org_id, s.platform, s.post_id, s.export_date, s.impressions, s.reach, s.likes, s.comments, s.shares, s.saves, s.clicks, s.video_views
  from dw.fct_post_snapshot s
  join scope_orgs o on s.org_id = o.org_id
  left semi join tail t on t.org_id = s.org_id and t.platform = s.platform and t.post_id = s.post_id
  where s.export_date >= :post_window_start and s.export_date < o.from_date
),
latest_prior as (
  select * from (
    select p.*, row_number() over (partition by org_id, platform, post_id order by export_date desc) as prior_rank from prior p
  ) where prior_rank = 1
),
sequenced as (
  select org_id, platform, post_id, export_date, false as is_tail, impressions, reach, likes, comments, shares, saves, clicks, video_views from latest_prior
  union all
  select org_id, platform, post_id, export_date, true as is_tail, impressions, reach, likes, comments, shares, saves, clicks, video_views from tail
),
flagged as (
  select org_id, platform, post_id, export_date, is_tail,
    coalesce(impressions < lag(impressions) over w, false)
      or coalesce(reach < lag(reach) over w, false)
      or coalesce(likes < lag(likes) over w, false)
      or coalesce(comments < lag(comments) over w, false)
      or coalesce(shares < lag(shares) over w, false)
      or coalesce(saves < lag(saves) over w, false)
      or coalesce(clicks < lag(clicks) over w, false)
      or coalesce(video_views < lag(video_views) over w, false)
      as has_decrease
  from sequenced
  window w as (partition by org_id, platform, post_id order by export_date)
)
select
  t.post_id, t.platform, t.page_id, t.org_id, t.export_date, t.published_at,
  datediff(t.export_date, t.published_local_date) as age_days,
  t.impressions, t.reach, t.likes, t.comments, t.shares, t.saves, t.clicks, t.video_views,
  case when coalesce(t.likes, t.comments, t.shares, t.saves) is not null
       then coalesce(t.likes, 0) + coalesce(t.comments, 0) + coalesce(t.shares, 0) + coalesce(t.saves, 0) end as engagements,
  t.platform_engagements,
  f.has_decrease,
  t.source_format
from tail t
join flagged f on f.org_id = t.org_id and f.platform = t.platform and f.post_id = t.post_id and f.export_date = t.export_date and f.is_tail
