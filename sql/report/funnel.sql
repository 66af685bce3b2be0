-- Report: an organization's own funnel per platform for the month (dw.fct_conversion_daily; revenue and spend
-- summed in a fixed order, as the bench does, so the report is deterministic) next to the median of each rate
-- in the narrowest published cohort of bench.funnel_month (level 1 industry + segment + platform, 2 industry +
-- platform, 3 platform) that has at least :k organizations outside the report's agency
-- (report_client_cohorts). A rate without such a cohort says why (suppressed_reason of the widest level).
-- Parameters: :org_id, :month_start, :month_end, :industry, :segment, :k.
with own as (
  select
    platform,
    sum(sessions) as sessions,
    sum(leads) as leads,
    sum(mqls) as mqls,
    sum(customers) as customers,
    if(count(revenue) = 0, cast(null as double), aggregate(array_sort(collect_list(cast(revenue as double))), 0D, (acc, v) -> acc + v)) as revenue,
    if(count(spend) = 0, cast(null as double), aggregate(array_sort(collect_list(cast(spend as double))), 0D, (acc, v) -> acc + v)) as spend
  from dw.fct_conversion_daily
  where org_id = :org_id
    and date between :month_start and :month_end
  group by platform
),

levels as (
  select
    f.*,
    case
      when f.suppressed then coalesce(f.suppressed_reason, 'fewer than k organizations')
      when f.n_orgs - coalesce(c.n_clients, 0) < :k then 'fewer than k organizations outside the agency''s clients'
    end as reason
  from bench.funnel_month f
  left join report_client_cohorts c
    on c.platform = f.platform
    and c.fallback_level = f.fallback_level
    and c.industry <=> f.industry
    and c.segment <=> f.segment
  where f.month = :month_start
    and (f.industry is null or f.industry = :industry)
    and (f.segment is null or f.segment = :segment)
),

-- per platform and rate: the narrowest level that can be shown, else the widest level's reason
picked as (
  select
    *,
    row_number() over (partition by platform, kpi order by reason is not null, if(reason is null, fallback_level, -fallback_level))
      as pick
  from levels
),

cohort as (
  select
    platform,
    max(if(kpi = 'lead_rate', if(reason is null, p50, null), null)) as cohort_lead_rate,
    max(if(kpi = 'lead_rate', reason, null)) as cohort_lead_rate_reason,
    max(if(kpi = 'lead_rate', fallback_level, null)) as cohort_fallback_level,
    max(if(kpi = 'lead_rate', n_orgs, null)) as cohort_n_orgs,
    max(if(kpi = 'customer_rate', if(reason is null, p50, null), null)) as cohort_customer_rate,
    max(if(kpi = 'customer_rate', reason, null)) as cohort_customer_rate_reason,
    max(if(kpi = 'cost_per_lead', if(reason is null, p50, null), null)) as cohort_cost_per_lead,
    max(if(kpi = 'cost_per_lead', reason, null)) as cohort_cost_per_lead_reason,
    max(if(kpi = 'roi', if(reason is null, p50, null), null)) as cohort_roi,
    max(if(kpi = 'roi', reason, null)) as cohort_roi_reason
  from picked
  where pick = 1
  group by platform
)

select
  o.platform,
  o.sessions,
  o.leads,
  o.mqls,
  o.customers,
  o.revenue,
  o.spend,
  o.leads / nullif(o.sessions, 0) as lead_rate,
  o.customers / nullif(o.leads, 0) as customer_rate,
  o.spend / nullif(o.leads, 0) as cost_per_lead,
  (coalesce(o.revenue, 0D) - o.spend) / nullif(o.spend, 0) as roi,
  c.cohort_fallback_level,
  c.cohort_n_orgs,
  c.cohort_lead_rate,
  coalesce(c.cohort_lead_rate_reason, if(c.platform is null, 'fewer than k organizations', null)) as cohort_lead_rate_reason,
  c.cohort_customer_rate,
  coalesce(c.cohort_customer_rate_reason, if(c.platform is null, 'fewer than k organizations', null)) as cohort_customer_rate_reason,
  c.cohort_cost_per_lead,
  coalesce(c.cohort_cost_per_lead_reason, if(c.platform is null, 'fewer than k organizations', null)) as cohort_cost_per_lead_reason,
  c.cohort_roi,
  coalesce(c.cohort_roi_reason, if(c.platform is null, 'fewer than k organizations', null)) as cohort_roi_reason
from own o
left join cohort c on c.platform = o.platform
order by o.platform
