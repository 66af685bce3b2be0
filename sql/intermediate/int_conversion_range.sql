-- view: int_conversion_range
-- materialize: checkpoint
-- comment: Per organization, the first day from which dw.fct_conversion_daily is rebuilt: the night's post
-- comment: snapshots, web traffic days, ad spend days, and every lifecycle date of the night's CRM contacts,
-- comment: both as exported tonight and as stored before (a moved date changes both days' counts).
select org_id, min(date) as from_date
from (
  select org_id, from_date as date from scope_orgs where org_id <> '_reference'
  union all select org_id, from_date from int_web_range
  union all select org_id, min(date) from int_ads_daily_tail group by org_id
  union all
  select org_id, least(created_date, lead_date, mql_date, sal_date, opportunity_date, customer_date) from int_lead_tail
  union all
  select f.org_id, least(f.created_date, f.lead_date, f.mql_date, f.sal_date, f.opportunity_date, f.customer_date)
  from dw.fct_lead_funnel f
  left semi join int_lead_tail t on t.org_id = f.org_id and t.lead_id_hash = f.lead_id_hash
)
where date is not null
group by org_id
