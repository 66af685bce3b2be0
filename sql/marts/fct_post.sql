-- table: dw.fct_post
-- comment: One row per post (accumulating): metrics at day 1, day 7 and day 28 after publishing and the
-- comment: latest, and the page's followers at the end of the publish day. The day-N value is the first
-- comment: snapshot at or after N days after the page-local publish day, or the latest snapshot while the post is younger.
-- write: merge org_id, platform, post_id within published_date
-- removes: org_id, platform, post_id in int_post_removed
-- tracks: published_date of post_id, platform, page_id, org_id, published_date, post_type, objective, followers_at_publish, impressions_d7, reach_d7, likes_d7, comments_d7, shares_d7, saves_d7, clicks_d7, video_views_d7, engagements_d7, d7_snapshot_date, d7_is_final
-- stats: org_id, platform, page_id, published_date
-- column: post_id STRING | Post id on its platform.
-- column: platform STRING | Platform code.
-- column: page_id STRING | Page that published the post.
-- column: org_id STRING | Organization owning the page.
-- column: published_at TIMESTAMP | Publish instant, UTC.
-- column: published_date DATE | Publish day in the page's time zone (dw.dim_post).
-- column: post_type STRING | Normalised post type (dw.dim_post).
-- column: objective STRING | Post objective (dw.dim_post).
-- column: followers_at_publish BIGINT | Page followers at the end of the page-local publish day: the latest known total on or before it.
-- column: impressions_d1 BIGINT | Lifetime impressions at day 1.
-- column: reach_d1 BIGINT | Lifetime reach at day 1.
-- column: likes_d1 BIGINT | Lifetime likes at day 1.
-- column: comments_d1 BIGINT | Lifetime comments at day 1.
-- column: shares_d1 BIGINT | Lifetime shares at day 1.
-- column: saves_d1 BIGINT | Lifetime saves at day 1.
-- column: clicks_d1 BIGINT | Lifetime clicks at day 1.
-- column: video_views_d1 BIGINT | Lifetime video_views at day 1.
-- column: engagements_d1 BIGINT | Lifetime engagements at day 1.
-- column: impressions_d7 BIGINT | Lifetime impressions at day 7.
-- column: reach_d7 BIGINT | Lifetime reach at day 7.
-- column: likes_d7 BIGINT | Lifetime likes at day 7.
-- column: comments_d7 BIGINT | Lifetime comments at day 7.
-- column: shares_d7 BIGINT | Lifetime shares at day 7.
-- column: saves_d7 BIGINT | Lifetime saves at day 7.
-- column: clicks_d7 BIGINT | Lifetime clicks at day 7.
-- column: video_views_d7 BIGINT | Lifetime video_views at day 7.
-- column: engagements_d7 BIGINT | Lifetime engagements at day 7.
-- column: impressions_d28 BIGINT | Lifetime impressions at day 28.
-- column: reach_d28 BIGINT | Lifetime reach at day 28.
-- column: likes_d28 BIGINT | Lifetime likes at day 28.
-- column: comments_d28 BIGINT | Lifetime comments at day 28.
-- column: shares_d28 BIGINT | Lifetime shares at day 28.
-- column: saves_d28 BIGINT | Lifetime saves at day 28.
-- column: clicks_d28 BIGINT | Lifetime clicks at day 28.
-- column: video_views_d28 BIGINT | Lifetime video_views at day 28.
-- column: engagements_d28 BIGINT | Lifetime engagements at day 28.
-- column: impressions_latest BIGINT | Lifetime impressions in the latest snapshot.
-- column: reach_latest BIGINT | Lifetime reach in the latest snapshot.
-- column: likes_latest BIGINT | Lifetime likes in the latest snapshot.
-- column: comments_latest BIGINT | Lifetime comments in the latest snapshot.
-- column: shares_latest BIGINT | Lifetime shares in the latest snapshot.
-- column: saves_latest BIGINT | Lifetime saves in the latest snapshot.
-- column: clicks_latest BIGINT | Lifetime clicks in the latest snapshot.
-- column: video_views_latest BIGINT | Lifetime video_views in the latest snapshot.
-- column: engagements_latest BIGINT | Lifetime engagements in the latest snapshot.
-- column: d7_snapshot_date DATE | Export date of the snapshot used for day 7.
-- column: d7_is_final BOOLEAN | True when that snapshot is at least 7 days after publishing.
-- column: latest_snapshot_date DATE | Export date of the latest snapshot.
with affected as (
  select distinct org_id, platform, post_id from int_post_snapshot_tail
  union
  select p.org_id, p.platform, p.post_id
  from dw.dim_post p join int_page_daily_range r on r.org_id = p.org_id
  where p.local_date >= r.from_date
    and p.local_date >= :fact_window_start  -- implied (every from_date is later); lets file statistics prune
),
posts as (
  -- A post of the tail was published on or after :post_window_start (>= :fact_window_start), a post of a
  -- rebuilt page day on or after its from_date: the scan predicate only lets file statistics prune.
  select p.* from dw.dim_post p
  left semi join affected a on a.org_id = p.org_id and a.platform = p.platform and a.post_id = p.post_id
  where p.published_date >= :fact_window_start or p.published_date is null
),
snaps as (
  select s.org_id, s.platform, s.post_id, s.export_date, s.age_days,
    named_struct(
      'impressions', s.impressions,
      'reach', s.reach,
      'likes', s.likes,
      'comments', s.comments,
      'shares', s.shares,
      'saves', s.saves,
      'clicks', s.clicks,
      'video_views', s.video_views,
      'engagements', s.engagements,
      'export_date', s.export_date, 'age_days', s.age_days) as m
  from dw.fct_post_snapshot s
  left semi join affected a on a.org_id = s.org_id and a.platform = s.platform and a.post_id = s.post_id
  where s.export_date >= :fact_window_start
),
milestones as (
  select org_id, platform, post_id,
    coalesce(min_by(m, export_date) filter (where age_days >= 1), max_by(m, export_date)) as d1,
    coalesce(min_by(m, export_date) filter (where age_days >= 7), max_by(m, export_date)) as d7,
    coalesce(min_by(m, export_date) filter (where age_days >= 28), max_by(m, export_date)) as d28,
    max_by(m, export_date) as latest
  from snaps
  group by org_id, platform, post_id
),
page_days as (
  select f.platform, f.page_id, f.date, f.followers
  from dw.fct_page_daily f
  left semi join posts p on p.platform = f.platform and p.page_id = f.page_id
),
last_known as (
  select platform, page_id, max(date) as last_date, max_by(followers, date) as followers
  from page_days where followers is not null
  group by platform, page_id
)
select
  p.post_id, p.platform, p.page_id, p.org_id, p.published_at, p.published_date, p.post_type, p.objective,
  coalesce(pd.followers, case when p.local_date > lk.last_date then lk.followers end) as followers_at_publish,
  ms.d1.impressions as impressions_d1,
  ms.d1.reach as reach_d1,
  ms.d1.likes as likes_d1,
  ms.d1.comments as comments_d1,
  ms.d1.shares as shares_d1,
  ms.d1.saves as saves_d1,
  ms.d1.clicks as clicks_d1,
  ms.d1.video_views as video_views_d1,
  ms.d1.engagements as engagements_d1,
  ms.d7.impressions as impressions_d7,
  ms.d7.reach as reach_d7,
  ms.d7.likes as likes_d7,
  ms.d7.comments as comments_d7,
  ms.d7.shares as shares_d7,
  ms.d7.saves as saves_d7,
  ms.d7.clicks as clicks_d7,
  ms.d7.video_views as video_views_d7,
  ms.d7.engagements as engagements_d7,
  ms.d28.impressions as impressions_d28,
  ms.d28.reach as reach_d28,
  ms.d28.likes as likes_d28,
  ms.d28.comments as comments_d28,
  ms.d28.shares as shares_d28,
  ms.d28.saves as saves_d28,
  ms.d28.clicks as clicks_d28,
  ms.d28.video_views as video_views_d28,
  ms.d28.engagements as engagements_d28,
  ms.latest.impressions as impressions_latest,
  ms.latest.reach as reach_latest,
  ms.latest.likes as likes_latest,
  ms.latest.comments as comments_latest,
  ms.latest.shares as shares_latest,
  ms.latest.saves as saves_latest,
  ms.latest.clicks as clicks_latest,
  ms.latest.video_views as video_views_latest,
  ms.latest.engagements as engagements_latest,
  ms.d7.export_date as d7_snapshot_date,
  ms.d7.age_days >= 7 as d7_is_final,
  ms.latest.export_date as latest_snapshot_date
from posts p
left join milestones ms on ms.org_id = p.org_id and ms.platform = p.platform and ms.post_id = p.post_id
left join page_days pd on pd.platform = p.platform and pd.page_id = p.page_id and pd.date = p.local_date
left join last_known lk on lk.platform = p.platform and lk.page_id = p.page_id
