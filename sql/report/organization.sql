-- Report: the organization's version valid on the month's last day (dw.dim_organization, SCD2), else its
-- latest version. Parameters: :org_id, :month_end.
select org_id, name, industry, segment, country, agency_id
from dw.dim_organization
where org_id = :org_id
order by
  case when valid_from <= :month_end and (valid_to is null or :month_end < valid_to) then 0 else 1 end,
  valid_from desc
limit 1
