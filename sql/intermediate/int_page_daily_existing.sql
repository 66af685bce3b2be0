-- view: int_page_daily_existing
-- materialize: checkpoint
-- comment: The stored dw.fct_page_daily rows the night's rebuild reads, once before dw.fct_page_daily is written:
-- comment: each organization's rows from the day before its rebuilt range on (its model uses them for the pages'
-- comment: first and last days, the cells, and the total of the day before the range). Older days are not read
-- comment: here: :fact_window_start (at most the earliest range start minus one day) lets Delta skip their files.
select d.*
from dw.fct_page_daily d
join int_page_daily_range rng on rng.org_id = d.org_id
where d.date >= :fact_window_start and d.date >= date_sub(rng.from_date, 1)
