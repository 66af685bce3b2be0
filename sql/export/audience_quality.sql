-- Export: the clients' audience quality rows (bench.audience_quality). Parameter: :month_start.
select a.*
from bench.audience_quality a
join export_clients c on c.org_id = a.org_id
where a.month = :month_start
order by a.platform, a.page_id
