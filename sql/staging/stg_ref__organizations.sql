-- view: stg_ref__organizations
-- comment: Every organizations.csv row of the reference history, with its export date.
-- column: export_date DATE | Export date: the inbox date folder the file was in.
-- column: org_id STRING | Organization of the inbox folder the file came from.
-- column: name STRING | Display name.
-- column: industry STRING | Organization's industry.
-- column: segment STRING | Organization's segment.
-- column: country STRING | Organization's country.
-- column: agency_id STRING | Agency the organization is a client of; NULL when none.
select _export_date as export_date, org_id, name, industry, segment, country, agency_id
from bronze_ref_organizations
where org_id is not null
