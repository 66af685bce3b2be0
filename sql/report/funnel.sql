-- Report: an organization's own funnel per platform for the month (dw.fct_conversion_daily) next to the
-- pooled funnel of the narrowest published cohort (bench.funnel_month: level 1 industry + segment +
-- platform, 2 industry + platform, 3 platform). Parameters: :org_id, :month_start, :month_end,
-- :industry, :segment.
with own as (
  select
    platform,
    sum(sessions) as sessions,
    sum(leads) as leads,
    sum(mqls) as mqls,
    sum(customers) as customers,
    sum(revenue) as revenue,
    sum(spend) as spend
  from dw.fct_conversion_daily
  where org_id = :org_id
    and date between :month_start and :month_end
  group by platform
),
cohort as (
  select
    f.*,
    row_number() over (partition by f.platform order by f.fallback_level) as pick
  from bench.funnel_month f
  where f.month = :month_start
    and not f.suppressed
    and (f.industry is null or f.industry = :industry)
    and (f.segment is null or f.segment = :segment)
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
  (o.revenue - o.spend) / nullif(o.spend, 0) as roi,
  c.fallback_level as cohort_fallback_level,
  c.n_orgs as cohort_n_orgs,
  c.lead_rate as cohort_lead_rate,
  c.customer_rate as cohort_customer_rate,
  c.cost_per_lead as cohort_cost_per_lead,
  c.roi as cohort_roi
from own o
left join cohort c
  on c.platform = o.platform
  and c.pick = 1
order by o.platform
