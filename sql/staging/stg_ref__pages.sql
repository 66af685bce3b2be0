-- view: stg_ref__pages
-- comment: Every pages.csv row of the reference history, with its export date (time zone defaults to UTC).
select _export_date as export_date, org_id, lower(platform) as platform, page_id, handle, name,
  coalesce(nullif(timezone, ''), 'UTC') as timezone, followers
from bronze_ref_pages
where page_id is not null and platform is not null
