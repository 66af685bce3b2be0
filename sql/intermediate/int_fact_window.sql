-- params: fact window
-- comment: :fact_window_start = the earliest export date a snapshot of any post whose facts change tonight can
-- comment: have (posts in the night's snapshots, and posts published on days whose follower totals are rebuilt).
select coalesce(least(:post_window_start, date_sub(min(from_date), 1)), :post_window_start) as fact_window_start
from int_page_daily_range
