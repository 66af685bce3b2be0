-- table: dw.dim_page
-- key: page_id, platform, valid_from
-- comment: Pages (SCD2): one row per platform page and period in which its owner, handle, name and time zone did not change. Built from every pages.csv export; the first version is valid from the calendar start.
-- write: overwrite
-- when: reference
-- column: page_id STRING | Page, account or channel id on its platform.
-- column: platform STRING | Platform code.
-- column: org_id STRING | Organization owning the page in that period.
-- column: handle STRING | Public handle in that period.
-- column: name STRING | Display name in that period.
-- column: timezone STRING | IANA time zone of the page (default UTC), used for local day and hour.
-- column: valid_from DATE | First day of the period (inclusive).
-- column: valid_to DATE | Day the next version starts (exclusive); NULL for the current version.
-- column: is_current BOOLEAN | True for the version valid now.
with one_per_export as (
  select *, to_json(named_struct('o', org_id, 'h', handle, 'n', name, 't', timezone)) as attrs,
    row_number() over (partition by platform, page_id, export_date order by org_id, handle, name, timezone) as rn
  from stg_ref__pages
),
changes as (
  select *, lag(attrs) over (partition by platform, page_id order by export_date) as prev_attrs
  from one_per_export
  where rn = 1
),
versions as (
  select * from changes where prev_attrs is null or prev_attrs <> attrs
)
select
  page_id, platform, org_id, handle, name, timezone,
  case when prev_attrs is null then least(:calendar_start, export_date) else export_date end as valid_from,
  lead(export_date) over (partition by platform, page_id order by export_date) as valid_to,
  lead(export_date) over (partition by platform, page_id order by export_date) is null as is_current
from versions
