-- Report: the organizations of the report's agency (every organization with the same agency_id as :org_id on
-- the month's last day; none when :org_id has no agency). Registered as the temporary view agency_clients,
-- which sql/agency/client_cohorts.sql reads.
-- Parameters: :org_id, :month_end.
with agency as (
  select agency_id
  from dw.dim_organization
  where org_id = :org_id
    and agency_id is not null
    and valid_from <= :month_end
    and (valid_to is null or :month_end < valid_to)
)

select distinct o.org_id
from dw.dim_organization o
join agency a on a.agency_id = o.agency_id
where o.valid_from <= :month_end
  and (o.valid_to is null or :month_end < o.valid_to)
