-- view: stg_ref__organizations
-- comment: Every organizations.csv row of the reference history, with its export date.
select _export_date as export_date, org_id, name, industry, segment, country, agency_id
from bronze_ref_organizations
where org_id is not null
