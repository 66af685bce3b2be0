-- Export: the organizations that are agency :agency_id's clients on the month's last day (dw.dim_organization,
-- SCD2). Parameters: :agency_id, :month_end.
select distinct org_id
from dw.dim_organization
where agency_id = :agency_id
  and valid_from <= :month_end
  and (valid_to is null or :month_end < valid_to)
