-- view: int_lead_tail
-- materialize: checkpoint
-- comment: The night's CRM contacts, one row per organization and hashed record id (newest export wins), with
-- comment: lifecycle dates (UTC days) and the source platform mapped from "Original Source Drill-Down 1" and
-- comment: "Original Source" by socialbench.model.source-platforms ("other" when no rule matches).
with newest as (
  select * from (
    select c.*, row_number() over (partition by org_id, lead_id_hash
                       order by export_date desc, land_date desc nulls last, source_file desc, source_row desc) as export_rank
    from stg_crm__contacts c
  ) where export_rank = 1
),
mapped as (
  select n.*, r.platform as matched_platform,
    row_number() over (partition by n.org_id, n.lead_id_hash order by r.rule_order) as rule_rank
  from newest n
  left join cfg_source_platforms r on matches_pattern(concat_ws(' / ', n.source_detail, n.original_source), r.pattern)
)
select org_id, lead_id_hash, coalesce(matched_platform, 'other') as source_platform,
  to_date(created_at) as created_date, to_date(became_lead_at) as lead_date, to_date(became_mql_at) as mql_date,
  to_date(became_sql_at) as sal_date, to_date(became_opportunity_at) as opportunity_date,
  to_date(became_customer_at) as customer_date, amount
from mapped
where rule_rank = 1
