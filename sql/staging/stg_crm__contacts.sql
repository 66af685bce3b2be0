-- view: stg_crm__contacts
-- comment: CRM contact export rows of the night: hashed record id, original source and lifecycle timestamps (UTC).
-- column: org_id STRING | Organization of the inbox folder the file came from.
-- column: export_date DATE | Export date: the inbox date folder the file was in.
-- column: lead_id_hash STRING | Salted hash of the CRM record id (never the id).
-- column: lifecycle_stage STRING | CRM lifecycle stage as exported.
-- column: original_source STRING | CRM original source.
-- column: source_detail STRING | CRM original source drill-down.
-- column: created_at TIMESTAMP | When the CRM record was created.
-- column: became_lead_at TIMESTAMP | When the record became a lead.
-- column: became_mql_at TIMESTAMP | When the record became an MQL.
-- column: became_sql_at TIMESTAMP | When the record became an SQL.
-- column: became_opportunity_at TIMESTAMP | When the record became an opportunity.
-- column: became_customer_at TIMESTAMP | When the record became a customer.
-- column: amount DOUBLE | Recent deal amount.
-- column: source_row BIGINT | Row number in the file.
-- column: source_file STRING | Inbox path of the file (zip or workbook member after '!').
-- column: land_date DATE | Logical date of the land run that landed the file.
select
  _org_id as org_id, _export_date as export_date, record_id_hash as lead_id_hash,
  lifecycle_stage, original_source, original_source_drill_down_1 as source_detail,
  created_at, became_lead_at, became_mql_at, became_sql_at, became_opportunity_at, became_customer_at,
  recent_deal_amount as amount, _row_number as source_row,
  _source_file as source_file, _land_date as land_date
from bronze_crm_contacts
where record_id_hash is not null
