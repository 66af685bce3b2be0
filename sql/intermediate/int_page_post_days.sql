-- view: int_page_post_days
-- comment: Pages and local publish days of the posts in the night's snapshots, and of the posts the night removes
-- comment: (their daily post counts may change).
select distinct org_id, platform, page_id, published_local_date as date
from int_post_snapshot_tail
where published_local_date is not null
union
select org_id, platform, page_id, published_date as date
from int_post_removed
