-- table: ops.removed_posts
-- comment: Posts a night removed from dw.dim_post, dw.fct_post, dw.fct_post_snapshot and dw.fct_post_daily because a
-- comment: later export covering their page-local publish day no longer lists them (int_post_removed; docs/landing.md
-- comment: "Which row counts"). One row per night and post, written when the night first removes the post: a re-run
-- comment: of the night neither adds nor changes a row.
-- write: merge logical_date, org_id, platform, post_id
-- column: logical_date DATE | Night that removed the post.
-- column: org_id STRING | Organization.
-- column: platform STRING | Platform code.
-- column: page_id STRING | Page of the post.
-- column: post_id STRING | Post id on its platform.
-- column: published_date DATE | Page-local publish day of the post.
-- column: removed_by_file STRING | Inbox path of the latest export covering that day that does not list the post.
-- column: removed_by_export_date DATE | Export date (inbox folder) of that export.
-- column: removed_by_format STRING | Bronze format of that export.
-- column: covered_from DATE | First page-local publish day that export covers for the page.
-- column: covered_to DATE | Last page-local publish day that export covers for the page.
-- column: snapshot_rows_removed BIGINT | Rows of dw.fct_post_snapshot (and as many of dw.fct_post_daily) the post had before the night and lost.
-- column: reason STRING | Why, in words.
with stored as (
  select s.org_id, s.platform, s.post_id, count(*) as n
  from dw.fct_post_snapshot s
  left semi join int_post_removed x on x.org_id = s.org_id and x.platform = s.platform and x.post_id = s.post_id
  where s.export_date >= :removal_window_start
  group by s.org_id, s.platform, s.post_id
)
select
  cast(:ds as date) as logical_date, x.org_id, x.platform, x.page_id, x.post_id, x.published_date,
  x.removed_by_file, x.removed_by_export_date, x.removed_by_format, x.covered_from, x.covered_to,
  coalesce(s.n, 0) as snapshot_rows_removed,
  concat('absent from ', x.removed_by_file, ', the latest ', x.removed_by_format, ' export covering page ', x.page_id,
         ' from ', cast(x.covered_from as string), ' to ', cast(x.covered_to as string)) as reason
from int_post_removed x
left join stored s on s.org_id = x.org_id and s.platform = x.platform and s.post_id = x.post_id
left anti join ops.removed_posts r
  on r.logical_date = cast(:ds as date) and r.org_id = x.org_id and r.platform = x.platform and r.post_id = x.post_id
