-- Report: an organization's pages in a month (bench.page_month) with handle and name from dw.dim_page as of
-- the month's last day. Parameters: :org_id, :month_start, :month_end.
select
  m.page_id,
  m.platform,
  p.handle,
  p.name,
  m.industry,
  m.segment,
  m.size_band,
  m.followers_start,
  m.followers_end,
  m.posts,
  m.is_final
from bench.page_month m
left join dw.dim_page p
  on p.page_id = m.page_id
  and p.platform = m.platform
  and p.valid_from <= :month_end
  and (p.valid_to is null or :month_end < p.valid_to)
where m.org_id = :org_id
  and m.month = :month_start
order by m.platform, m.page_id
