-- table: dw.fct_post_daily
-- key: org_id, post_id, platform, date
-- comment: One row per post and snapshot day: what each metric grew by since the post's earlier snapshots.
-- comment: The increment is measured against the highest value reported before (a high-water mark), so a
-- comment: cumulative metric that falls gives 0, never a negative number, and the day is flagged; the sum of a
-- comment: post's increments equals the highest lifetime value reported. The first snapshot carries everything
-- comment: accrued since publishing; a gap between exports puts the growth on the later export's day.
-- write: slice date from scope_orgs
-- removes: org_id, platform, post_id in int_post_removed
-- partition: date
-- stats: org_id, page_id, post_id
-- column: post_id STRING | Post id on its platform.
-- column: platform STRING | Platform code.
-- column: page_id STRING | Page that published the post.
-- column: org_id STRING | Organization.
-- column: date DATE | Day of the snapshot (its export date).
-- column: impressions_delta BIGINT | Growth of impressions that day (NULL when the snapshot does not report it).
-- column: reach_delta BIGINT | Growth of reach that day (NULL when the snapshot does not report it).
-- column: likes_delta BIGINT | Growth of likes that day (NULL when the snapshot does not report it).
-- column: comments_delta BIGINT | Growth of comments that day (NULL when the snapshot does not report it).
-- column: shares_delta BIGINT | Growth of shares that day (NULL when the snapshot does not report it).
-- column: saves_delta BIGINT | Growth of saves that day (NULL when the snapshot does not report it).
-- column: clicks_delta BIGINT | Growth of clicks that day (NULL when the snapshot does not report it).
-- column: video_views_delta BIGINT | Growth of video_views that day (NULL when the snapshot does not report it).
-- column: engagements_delta BIGINT | Growth of engagements that day (NULL when the snapshot does not report it).
-- column: has_decrease BOOLEAN | True when some cumulative metric fell below the previous snapshot that day.
select
  m.post_id, m.platform, m.page_id, m.org_id, m.export_date as date,
  case when m.impressions is not null then greatest(m.impressions - coalesce(m.impressions_before, 0), 0) end as impressions_delta,
  case when m.reach is not null then greatest(m.reach - coalesce(m.reach_before, 0), 0) end as reach_delta,
  case when m.likes is not null then greatest(m.likes - coalesce(m.likes_before, 0), 0) end as likes_delta,
  case when m.comments is not null then greatest(m.comments - coalesce(m.comments_before, 0), 0) end as comments_delta,
  case when m.shares is not null then greatest(m.shares - coalesce(m.shares_before, 0), 0) end as shares_delta,
  case when m.saves is not null then greatest(m.saves - coalesce(m.saves_before, 0), 0) end as saves_delta,
  case when m.clicks is not null then greatest(m.clicks - coalesce(m.clicks_before, 0), 0) end as clicks_delta,
  case when m.video_views is not null then greatest(m.video_views - coalesce(m.video_views_before, 0), 0) end as video_views_delta,
  case when m.engagements is not null then greatest(m.engagements - coalesce(m.engagements_before, 0), 0) end as engagements_delta,
  m.has_decrease
from int_post_snapshot_marks m
join scope_orgs o on o.org_id = m.org_id
where m.export_date >= o.from_date
