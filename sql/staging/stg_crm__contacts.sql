-- view: stg_crm__contacts
-- comment: CRM contact export rows of the night: hashed record id, original source and lifecycle timestamps (UTC).
select
  _org_id as org_id, _export_date as export_date, record_id_hash as lead_id_hash,
  lifecycle_stage, original_source, original_source_drill_down_1 as source_detail,
  created_at, became_lead_at, became_mql_at, became_sql_at, became_opportunity_at, became_customer_at,
  recent_deal_amount as amount, _row_number as source_row,
  _source_file as source_file, _land_date as land_date
from bronze_crm_contacts
where record_id_hash is not null
