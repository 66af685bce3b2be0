-- Export: the clients' dw.dim_organization version valid on the month's last day. Parameter: :month_end.
select o.*
from dw.dim_organization o
join export_clients c on c.org_id = o.org_id
where o.valid_from <= :month_end
  and (o.valid_to is null or :month_end < o.valid_to)
order by o.org_id
