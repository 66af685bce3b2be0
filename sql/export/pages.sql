-- Export: the clients' pages (dw.dim_page version valid on the month's last day). Parameter: :month_end.
select p.*
from dw.dim_page p
join export_clients c on c.org_id = p.org_id
where p.valid_from <= :month_end
  and (p.valid_to is null or :month_end < p.valid_to)
order by p.platform, p.page_id
