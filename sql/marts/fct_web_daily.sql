-- table: dw.fct_web_daily
-- key: org_id, date, source_platform, campaign
-- comment: Website traffic (GA4) per organization, day, source platform and campaign. For each organization
-- comment: and day the newest export that carries the day is used.
-- write: slice date from int_web_range
-- column: org_id STRING | Organization.
-- column: date DATE | Day of the sessions.
-- column: source_platform STRING | Platform the session came from (source / medium mapped by conf rules; "other" when none matches).
-- column: campaign STRING | GA4 session campaign ("(not set)" when empty).
-- column: sessions BIGINT | Sessions.
-- column: engaged_sessions BIGINT | Engaged sessions.
-- column: form_submissions BIGINT | Key events (form submissions).
select org_id, date, source_platform, campaign, sessions, engaged_sessions, form_submissions
from int_web_tail
union all
select e.org_id, e.date, e.source_platform, e.campaign, e.sessions, e.engaged_sessions, e.form_submissions
from dw.fct_web_daily e
join int_web_range r on r.org_id = e.org_id and e.date >= r.from_date
left anti join (select distinct org_id, date from int_web_tail) t on t.org_id = e.org_id and t.date = e.date
