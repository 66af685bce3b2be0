-- params: removal window
-- comment: :removal_window_start = the earliest export date a stored snapshot of a post the night removes can have
-- comment: (the earliest page-local publish day among them, minus one for time zones; :ds when the night removes
-- comment: none): ops.removed_posts counts those snapshots from there, so its read of dw.fct_post_snapshot
-- comment: skips the partitions of older export dates instead of reading the whole history.
select coalesce(date_sub(min(published_date), 1), cast(:ds as date)) as removal_window_start
from int_post_removed
