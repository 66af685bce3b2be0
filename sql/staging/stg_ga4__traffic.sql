-- view: stg_ga4__traffic
-- comment: GA4 traffic export rows of the night: sessions by source / medium, campaign and day.
select
  _org_id as org_id, _export_date as export_date, date,
  coalesce(session_source_medium, '(not set)') as source_medium,
  coalesce(session_campaign, '(not set)') as campaign,
  sessions, engaged_sessions, key_events,
  _source_file as source_file,
  _row_number as source_row,
  _land_date as land_date
from bronze_ga4_traffic
where date is not null
