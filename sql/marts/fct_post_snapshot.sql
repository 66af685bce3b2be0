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
select
  post_id, platform, page_id, org_id, export_date, published_at,
  datediff(export_date, published_local_date) as age_days,
  impressions, reach, likes, comments, shares, saves, clicks, video_views,
  engagements, platform_engagements, has_decrease, source_format
from int_post_snapshot_marks
