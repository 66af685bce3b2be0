-- view: int_web_range
-- comment: Per organization, the first day of GA4 traffic the night's exports carry (dw.fct_web_daily is rebuilt from there).
select org_id, min(date) as from_date from int_web_tail group by org_id
