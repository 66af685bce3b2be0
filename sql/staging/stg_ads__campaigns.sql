-- view: stg_ads__campaigns
-- comment: Ads Manager campaign rows of the night: spend over a reporting period.
-- column: org_id STRING | Organization of the inbox folder the file came from.
-- column: export_date DATE | Export date: the inbox date folder the file was in.
-- column: campaign_key STRING | Campaign id, else its name.
-- column: campaign_name STRING | Ads campaign name.
-- column: reporting_start DATE | First day of the ads reporting period.
-- column: reporting_end DATE | Last day of the ads reporting period.
-- column: spend DOUBLE | Amount spent (USD) in the reporting period.
-- column: link_clicks BIGINT | Ads link clicks in the reporting period.
-- column: impressions BIGINT | Ads impressions in the reporting period.
-- column: source_file STRING | Inbox path of the file (zip or workbook member after '!').
-- column: source_row BIGINT | Row number in the file.
-- column: land_date DATE | Logical date of the land run that landed the file.
select
  _org_id as org_id, _export_date as export_date,
  coalesce(campaign_id, campaign_name) as campaign_key, campaign_name,
  coalesce(reporting_start_date, reporting_end_date, _export_date) as reporting_start,
  coalesce(reporting_end_date, reporting_start_date, _export_date) as reporting_end,
  amount_spent_usd as spend, link_clicks, impressions,
  _source_file as source_file, _row_number as source_row, _land_date as land_date
from bronze_ads_campaigns
where coalesce(campaign_id, campaign_name) is not null
