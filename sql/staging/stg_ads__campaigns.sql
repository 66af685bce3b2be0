-- view: stg_ads__campaigns
-- comment: Ads Manager campaign rows of the night: spend over a reporting period.
select
  _org_id as org_id, _export_date as export_date,
  coalesce(campaign_id, campaign_name) as campaign_key, campaign_name,
  coalesce(reporting_start_date, reporting_end_date, _export_date) as reporting_start,
  coalesce(reporting_end_date, reporting_start_date, _export_date) as reporting_end,
  amount_spent_usd as spend, link_clicks, impressions,
  _source_file as source_file, _row_number as source_row, _land_date as land_date
from bronze_ads_campaigns
where coalesce(campaign_id, campaign_name) is not null
