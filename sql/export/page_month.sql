-- Export: the clients' page KPIs of the month (bench.page_month). Parameter: :month_start.
select m.*
from bench.page_month m
join export_clients c on c.org_id = m.org_id
where m.month = :month_start
order by m.platform, m.page_id
