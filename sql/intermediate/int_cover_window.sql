-- params: cover window
-- comment: :cover_window_start = the earliest page-local publish day the night's post exports cover (:ds when they
-- comment: carry no publish day): int_post_removed reads the stored posts of the exported pages from there, so Delta
-- comment: skips the files of dw.dim_post that hold only older days instead of reading each page's whole history.
select coalesce(min(published_local_date), cast(:ds as date)) as cover_window_start
from int_post_export_rows
