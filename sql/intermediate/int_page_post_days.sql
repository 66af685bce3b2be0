-- view: int_page_post_days
-- comment: Pages and local publish days of the posts in the night's snapshots (their daily post counts may change).
select distinct org_id, platform, page_id, to_date(from_utc_timestamp(published_at, timezone)) as date
from int_post_snapshot_tail
where published_at is not null
