-- view: int_page_daily_existing
-- materialize: checkpoint
-- comment: The stored dw.fct_page_daily rows of the organizations whose page days the night rebuilds, read once
-- comment: before dw.fct_page_daily is written (its model uses them four times: first and last days, the cells,
-- comment: the day before the rebuilt range).
select d.*
from dw.fct_page_daily d
join int_page_daily_range rng on rng.org_id = d.org_id
