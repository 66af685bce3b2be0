-- view: int_page_daily_range
-- materialize: checkpoint
-- comment: Per organization, the first day from which dw.fct_page_daily is rebuilt tonight: the earliest day in
-- comment: the night's daily series, the earliest local publish day of the night's posts, and the day of any
-- comment: follower snapshot in a reference file landed tonight.
select org_id, min(date) as from_date
from (
  select org_id, date from int_page_daily_tail
  union all select org_id, date from int_page_post_days
  union all
  select s.org_id, s.date
  from int_page_follower_snapshots s
  join scope_orgs r on r.org_id = '_reference' and s.date >= r.from_date
)
group by org_id
