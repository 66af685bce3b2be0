-- table: dw.dim_organization
-- key: org_id, valid_from
-- comment: Organizations (SCD2): one row per organization and period in which its reference attributes did not change. Built from every organizations.csv export; the first version is valid from the calendar start so earlier facts find it.
-- write: overwrite
-- when: reference
-- column: org_id STRING | Organization id (the inbox folder name).
-- column: name STRING | Organization name in that period.
-- column: industry STRING | Industry in that period.
-- column: segment STRING | Segment within the industry in that period.
-- column: country STRING | Country code in that period.
-- column: agency_id STRING | Agency managing the organization in that period (NULL = none).
-- column: valid_from DATE | First day of the period (inclusive).
-- column: valid_to DATE | Day the next version starts (exclusive); NULL for the current version.
-- column: is_current BOOLEAN | True for the version valid now (valid_to is NULL).
with one_per_export as (
  select *, to_json(named_struct('n', name, 'i', industry, 's', segment, 'c', country, 'a', agency_id)) as attrs,
    row_number() over (partition by org_id, export_date order by name, industry, segment, country, agency_id) as rn
  from stg_ref__organizations
),
changes as (
  select *, lag(attrs) over (partition by org_id order by export_date) as prev_attrs
  from one_per_export
  where rn = 1
),
versions as (
  select * from changes where prev_attrs is null or prev_attrs <> attrs
)
select
  org_id, name, industry, segment, country, agency_id,
  case when prev_attrs is null then least(:calendar_start, export_date) else export_date end as valid_from,
  lead(export_date) over (partition by org_id order by export_date) as valid_to,
  lead(export_date) over (partition by org_id order by export_date) is null as is_current
from versions
