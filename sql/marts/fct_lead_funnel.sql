-- table: dw.fct_lead_funnel
-- comment: One row per CRM lead (hashed record id, no personal data): source platform and the day each
-- comment: lifecycle stage was reached (UTC), as in the newest export that carries the lead.
-- write: merge org_id, lead_id_hash within created_date replacing int_lead_stored
-- column: lead_id_hash STRING | HMAC-SHA256 of org_id and the CRM record id, keyed with the installation's secret salt.
-- column: org_id STRING | Organization.
-- column: source_platform STRING | Platform of the original source (conf rules; "other" when none matches).
-- column: created_date DATE | Day the contact was created.
-- column: lead_date DATE | Day it became a lead.
-- column: mql_date DATE | Day it became a marketing qualified lead.
-- column: sal_date DATE | Day it became a sales accepted (qualified) lead.
-- column: opportunity_date DATE | Day it became an opportunity.
-- column: customer_date DATE | Day it became a customer.
-- column: amount DOUBLE | Deal amount (most recent deal), USD.
select lead_id_hash, org_id, source_platform, created_date, lead_date, mql_date, sal_date, opportunity_date, customer_date, amount
from int_lead_tail
