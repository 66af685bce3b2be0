-- Export: the clients' daily conversions of the month (dw.fct_conversion_daily). Parameters: :month_start, :month_end.
select f.*
from dw.fct_conversion_daily f
join export_clients c on c.org_id = f.org_id
where f.date between :month_start and :month_end
order by f.org_id, f.platform, f.date
