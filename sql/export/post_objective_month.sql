-- Export: the clients' posts judged on their objective (bench.post_objective_month). Parameter: :month_start.
select o.*
from bench.post_objective_month o
join export_clients c on c.org_id = o.org_id
where o.month = :month_start
order by o.platform, o.post_id
