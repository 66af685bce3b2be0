-- table: bench.funnel_month
-- comment: Funnel rates across organizations per cohort and month: percentiles of each organization's own rate (dw.fct_conversion_daily), never sessions, leads, revenue or spend.
-- partition: month
-- write: slice month from touched_months
-- column: month DATE | First day of the calendar month.
-- column: kpi STRING | Rate: lead_rate (leads / sessions), mql_rate (mqls / leads), customer_rate (customers / leads), cost_per_lead (spend / leads), roi ((revenue - spend) / spend).
-- column: industry STRING | Cohort industry; NULL at fallback level 3.
-- column: segment STRING | Cohort segment; NULL at fallback levels 2 and 3.
-- column: platform STRING | Source platform of the sessions, leads and spend.
-- column: fallback_level INT | 1 industry+segment+platform, 2 industry+platform, 3 platform only.
-- column: n_orgs BIGINT | Organizations with a value of this rate in the cohort (e.g. only those with spend for cost_per_lead and roi).
-- column: p10 DOUBLE | 10th percentile of the organizations' rates; NULL unless n_orgs >= 2k and the row is not suppressed.
-- column: p25 DOUBLE | 25th percentile; NULL when suppressed.
-- column: p50 DOUBLE | Median; NULL when suppressed.
-- column: p75 DOUBLE | 75th percentile; NULL when suppressed.
-- column: p90 DOUBLE | 90th percentile; NULL unless n_orgs >= 2k and the row is not suppressed.
-- column: suppressed BOOLEAN | True when the quartiles are withheld (fewer than k organizations).
-- column: suppressed_reason STRING | Why statistics of this row are withheld (docs/design.md §7): fewer than k organizations, one organization dominates (holds more than half of the values), too few for p10/p90 (p10 and p90 only; the quartiles are published); NULL when everything is published.
--
-- bench.funnel_month: funnel rates from platform to customer across organizations, one row per month, cohort
-- and rate: 1 industry + segment + platform, 2 industry + platform, 3 platform only (the size band belongs to
-- pages, the funnel to organizations). Each organization's own rates for the month and platform
-- (dw.fct_conversion_daily, organization attributes as of the month's last day): lead_rate = leads ÷
-- sessions, mql_rate = mqls ÷ leads, customer_rate = customers ÷ leads, cost_per_lead = spend ÷ leads,
-- roi = (revenue − spend) ÷ spend (revenue 0 when spend is known and nothing was won). Published: the
-- percentiles of those rates across organizations, never sessions, leads, revenue or spend. n_orgs counts
-- the organizations with a value of that rate; disclosure control as for bench.cohort_month
-- (socialbench.bench.DisclosureRule). For each month of the view touched_months (from :first_month to :last_month, its earliest and latest). Parameter: :k.
with org_platform as (
  select m.month, c.org_id, c.platform, c.sessions, c.leads, c.mqls, c.customers, c.revenue, c.spend
  from int_bench_org_conversions c
  join touched_months m on m.month = c.month
  where c.month between :first_month and :last_month
),

org_rates as (
  select
    month,
    org_id,
    platform,
    stack(5,
      'lead_rate', leads / nullif(sessions, 0),
      'mql_rate', mqls / nullif(leads, 0),
      'customer_rate', customers / nullif(leads, 0),
      'cost_per_lead', spend / nullif(leads, 0),
      'roi', (coalesce(revenue, 0D) - spend) / nullif(spend, 0)) as (kpi, value)
  from org_platform
),

organizations as (
  select m.month, o.org_id, o.industry, o.segment
  from dw.dim_organization o
  join touched_months m
    on o.valid_from <= last_day(m.month)
    and (o.valid_to is null or last_day(m.month) < o.valid_to)
),

ladder as (
  select
    r.month,
    r.org_id,
    r.platform,
    r.kpi,
    r.value,
    l.fallback_level,
    if(l.fallback_level <= 2, o.industry, null) as industry,
    if(l.fallback_level <= 1, o.segment, null) as segment
  from org_rates r
  left join organizations o on o.month = r.month and o.org_id = r.org_id
  cross join (select explode(array(1, 2, 3)) as fallback_level) l
  where (l.fallback_level >= 2 or o.segment is not null)
    and (l.fallback_level >= 3 or o.industry is not null)
),

cohorts as (
  select
    month, kpi, industry, segment, platform, fallback_level,
    count(distinct if(value is not null, org_id, null)) as n_orgs,
    count(value) as n_values,
    if(count(value) > 0, 1L, 0L) as top_org_values,
    percentile(value, array(0.1D, 0.25D, 0.5D, 0.75D, 0.9D)) as pct
  from ladder
  group by month, kpi, industry, segment, platform, fallback_level
),

disclosed as (
  select *, disclosed_percentiles(pct, n_orgs, n_values, top_org_values, :k) as d
  from cohorts
)

select month, kpi, industry, segment, platform, fallback_level, n_orgs, d.*
from disclosed
