-- Export: the clients' page ranks of the month (bench.page_rank). Parameter: :month_start.
select r.*
from bench.page_rank r
join export_clients c on c.org_id = r.org_id
where r.month = :month_start
order by r.platform, r.page_id, r.kpi
