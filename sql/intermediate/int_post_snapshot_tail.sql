-- view: int_post_snapshot_tail
-- materialize: checkpoint
-- comment: The night's post snapshots from every post-level format: one row per organization, post and export
-- comment: date (the highest-priority format wins when two carry the same post; within a format the latest
-- comment: export: later land run, then later file path, then later row), with the page resolved and its time zone,
-- comment: the publish instant in UTC and the page-local publish day (int_post_export_rows), and whether the export
-- comment: gave a time of day. Posts the night's exports remove (int_post_removed) have no snapshot at all.
with ranked as (
  select r.*,
    row_number() over (partition by r.org_id, r.platform, r.post_id, r.export_date
                       order by coalesce(p.priority, 99), r.land_date desc nulls last, r.source_file desc, r.source_row desc) as source_rank
  from int_post_export_rows r
  left join cfg_post_source_priority p on p.source_format = r.source_format
  left anti join int_post_removed x on x.org_id = r.org_id and x.platform = r.platform and x.post_id = r.post_id
)
select
  org_id, platform, page_id, timezone, export_date, source_format, post_id,
  published_at, published_local_date, has_publish_time,
  post_type_raw, labels, permalink, message,
  impressions, reach, likes, comments, shares, saves, clicks, video_views, platform_engagements
from ranked
where source_rank = 1
