-- view: stg_ref__pages
-- comment: Every pages.csv row of the reference history, with its export date (time zone defaults to UTC).
-- column: export_date DATE | Export date: the inbox date folder the file was in.
-- column: org_id STRING | Organization of the inbox folder the file came from.
-- column: platform STRING | Platform code of the row.
-- column: page_id STRING | Platform page id.
-- column: handle STRING | Page handle.
-- column: name STRING | Display name.
-- column: timezone STRING | IANA time zone of the page (default UTC).
-- column: followers BIGINT | Follower total at the end of the day; NULL when unreported.
select _export_date as export_date, org_id, lower(platform) as platform, page_id, handle, name,
  coalesce(nullif(timezone, ''), 'UTC') as timezone, followers
from bronze_ref_pages
where page_id is not null and platform is not null
