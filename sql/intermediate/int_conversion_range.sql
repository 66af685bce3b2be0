-- view: int_conversion_range
-- materialize: checkpoint
-- comment: Per organization, the first day from which dw.fct_conversion_daily is rebuilt: the night's post
-- comment: snapshots, web traffic days, ad spend days, and the lifecycle days whose counts the night's CRM
-- comment: contacts change. A contact new tonight changes every day it reached a stage; a stored contact
-- comment: changes the days of the stages whose date moved (the stored day and tonight's), all its stage days
-- comment: (both versions) when its source platform changed, and its customer day when its amount changed. A
-- comment: stored contact exported again unchanged changes nothing. (dw.fct_conversion_daily is written before
-- comment: dw.fct_lead_funnel, so a night stopped between the two writes compares the same rows when run again.)
with contact_days as (
  select t.org_id,
    case
      when s.lead_id_hash is null or not (t.source_platform <=> s.source_platform) then
        least(t.lead_date, t.mql_date, t.sal_date, t.opportunity_date, t.customer_date,
              s.lead_date, s.mql_date, s.sal_date, s.opportunity_date, s.customer_date)
      else least(
        if(t.lead_date <=> s.lead_date, null, least(t.lead_date, s.lead_date)),
        if(t.mql_date <=> s.mql_date, null, least(t.mql_date, s.mql_date)),
        if(t.sal_date <=> s.sal_date, null, least(t.sal_date, s.sal_date)),
        if(t.opportunity_date <=> s.opportunity_date, null, least(t.opportunity_date, s.opportunity_date)),
        if(t.customer_date <=> s.customer_date, null, least(t.customer_date, s.customer_date)),
        if(t.amount <=> s.amount, null, least(t.customer_date, s.customer_date)))
    end as date
  from int_lead_tail t
  left join int_lead_stored s on s.org_id = t.org_id and s.lead_id_hash = t.lead_id_hash
)
select org_id, min(date) as from_date
from (
  select org_id, from_date as date from scope_orgs where org_id <> '_reference'
  union all select org_id, from_date from int_web_range
  union all select org_id, min(date) from int_ads_daily_tail group by org_id
  union all select org_id, date from contact_days
)
where date is not null
group by org_id
