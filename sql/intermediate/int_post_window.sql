-- params: post window
-- comment: :post_window_start = the earliest day a snapshot of a post in the night can have (its publish day,
-- comment: minus one for time zones); reads of earlier snapshots are pruned to export dates from there.
select coalesce(least(date_sub(min(to_date(published_at)), 1), :min_from), :min_from) as post_window_start
from int_post_snapshot_tail
