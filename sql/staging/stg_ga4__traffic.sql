-- view: stg_ga4__traffic
-- comment: GA4 traffic export rows of the night: sessions by source / medium, campaign and day.
-- column: org_id STRING | Organization of the inbox folder the file came from.
-- column: export_date DATE | Export date: the inbox date folder the file was in.
-- column: date DATE | Day the row describes.
-- column: source_medium STRING | GA4 session source / medium.
-- column: campaign STRING | GA4 session campaign.
-- column: sessions BIGINT | Sessions.
-- column: engaged_sessions BIGINT | Engaged sessions.
-- column: key_events BIGINT | Key events (form submissions, socialbench.model.web-form-metric).
-- column: source_file STRING | Inbox path of the file (zip or workbook member after '!').
-- column: source_row BIGINT | Row number in the file.
-- column: land_date DATE | Logical date of the land run that landed the file.
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
