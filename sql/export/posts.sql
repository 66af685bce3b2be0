-- Export: the clients' posts published in the month (dw.fct_post). Parameters: :month_start, :month_end.
select p.*
from dw.fct_post p
join export_clients c on c.org_id = p.org_id
where p.published_date between :month_start and :month_end
order by p.platform, p.post_id
