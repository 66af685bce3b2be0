-- bench.funnel_month: the funnel from platform to customer across organizations, per month and cohort:
-- 1 industry + segment + platform, 2 industry + platform, 3 platform only (the size band belongs to pages,
-- the funnel to organizations). Figures are pooled over the cohort's organizations (dw.fct_conversion_daily,
-- organization attributes as of the month's last day): lead_rate = leads ÷ sessions, mql_rate = mqls ÷
-- leads, customer_rate = customers ÷ leads, cost_per_lead = spend ÷ leads, roi = (revenue − spend) ÷ spend.
-- Fewer than :k organizations: every figure NULL (suppressed). Parameters: :month_start (DATE), :k.
with org_platform as (
  select
    c.org_id,
    c.platform,
    sum(c.sessions) as sessions,
    sum(c.leads) as leads,
    sum(c.mqls) as mqls,
    sum(c.customers) as customers,
    if(count(c.revenue) = 0, cast(null as double), aggregate(array_sort(collect_list(cast(c.revenue as double))), 0D, (acc, v) -> acc + v)) as revenue,
    if(count(c.spend) = 0, cast(null as double), aggregate(array_sort(collect_list(cast(c.spend as double))), 0D, (acc, v) -> acc + v)) as spend
  from dw.fct_conversion_daily c
  where c.date between :month_start and last_day(:month_start)
  group by c.org_id, c.platform
),

organizations as (
  select o.org_id, o.industry, o.segment
  from dw.dim_organization o
  where o.valid_from <= last_day(:month_start)
    and (o.valid_to is null or last_day(:month_start) < o.valid_to)
),

ladder as (
  select
    f.*,
    l.fallback_level,
    if(l.fallback_level <= 2, o.industry, null) as industry,
    if(l.fallback_level <= 1, o.segment, null) as segment
  from org_platform f
  left join organizations o on o.org_id = f.org_id
  cross join (select explode(array(1, 2, 3)) as fallback_level) l
  where (l.fallback_level >= 2 or o.segment is not null)
    and (l.fallback_level >= 3 or o.industry is not null)
),

cohorts as (
  select
    industry, segment, platform, fallback_level,
    count(distinct org_id) as n_orgs,
    sum(sessions) as sessions,
    sum(leads) as leads,
    sum(mqls) as mqls,
    sum(customers) as customers,
    if(count(revenue) = 0, cast(null as double), aggregate(array_sort(collect_list(cast(revenue as double))), 0D, (acc, v) -> acc + v)) as revenue,
    if(count(spend) = 0, cast(null as double), aggregate(array_sort(collect_list(cast(spend as double))), 0D, (acc, v) -> acc + v)) as spend
  from ladder
  group by industry, segment, platform, fallback_level
),

published as (
  select
    industry, segment, platform, fallback_level, n_orgs,
    n_orgs < :k as suppressed,
    if(n_orgs >= :k, sessions, null) as sessions,
    if(n_orgs >= :k, leads, null) as leads,
    if(n_orgs >= :k, mqls, null) as mqls,
    if(n_orgs >= :k, customers, null) as customers,
    if(n_orgs >= :k, revenue, null) as revenue,
    if(n_orgs >= :k, spend, null) as spend
  from cohorts
)

select
  cast(:month_start as date) as month,
  industry,
  segment,
  platform,
  fallback_level,
  n_orgs,
  sessions,
  leads,
  mqls,
  customers,
  revenue,
  spend,
  leads / nullif(sessions, 0) as lead_rate,
  mqls / nullif(leads, 0) as mql_rate,
  customers / nullif(leads, 0) as customer_rate,
  spend / nullif(leads, 0) as cost_per_lead,
  (revenue - spend) / nullif(spend, 0) as roi,
  suppressed
from published
