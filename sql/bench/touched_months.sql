-- The months `socialbench bench --date D` recomputes (first day of each month, ascending).
-- Parameter: :as_of_date (DATE, the logical date D).
--  * D's own month;
--  * the previous month while its last posts are younger than 7 days (D on day 1–7): its day-7 metrics and
--    is_final still change;
--  * every month of a post whose day-7 snapshot is D's export (a late or re-exported post of an older month);
--  * every older month whose dw rows night D changed (ops.changed_months, written by model: a late file or a
--    corrected re-export of an old follower, conversion or post day), as the view night_changed_months;
--  * every month stored in bench.page_month as not final whose last day is at least 7 days before D (view
--    stored_page_months): it becomes final that night even if nothing of it changed (docs/design.md §6 is_final).
with d as (
  select cast(:as_of_date as date) as as_of_date
)

select month
from (
  select trunc(as_of_date, 'MM') as month from d
  union
  select add_months(trunc(as_of_date, 'MM'), -1) as month from d where day(as_of_date) <= 7
  union
  select trunc(p.published_date, 'MM') as month
  from dw.fct_post p
  join d on p.d7_snapshot_date = d.as_of_date
  union
  select c.month
  from night_changed_months c
  join d on c.logical_date = d.as_of_date
  union
  select s.month
  from stored_page_months s
  join d on not s.is_final and d.as_of_date >= date_add(last_day(s.month), 7)
) months
order by month
