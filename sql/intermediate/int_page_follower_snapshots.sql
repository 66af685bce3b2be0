-- view: int_page_follower_snapshots
-- comment: Follower totals from the optional followers column of pages.csv: one per page and reference export date.
select org_id, platform, page_id, export_date as date, max(followers) as followers
from stg_ref__pages
where followers is not null
group by org_id, platform, page_id, export_date
