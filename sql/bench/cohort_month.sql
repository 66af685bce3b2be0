-- bench.cohort_month: one row per cohort × KPI × month, at every level of the fallback ladder
-- (0 industry+segment+platform+size band, 1 without size band, 2 without segment, 3 platform only).
-- Parameters: :month_start (DATE), :k (minimum distinct organizations behind a published statistic).
-- A level is formed only from pages that know the attributes it keeps (a page without a size band has no
-- level-0 cohort). Statistics rest on the pages with a non-NULL value of the KPI; an organization-level KPI
-- (the funnel KPIs, the same for every page of an organization on a platform) counts once per organization.
-- Exact percentiles with linear interpolation (Spark's percentile). Disclosure control (docs/design.md §7,
-- socialbench.bench.DisclosureRule): p25/p50/p75 need :k organizations and no organization holding more
-- than half of the values; p10/p90 need 2 × :k organizations. No mean and no page count are published.
with kpi_values as (
  select
    page_id, platform, org_id, month, industry, segment, size_band,
    stack(13,
      'engagement_rate_followers', engagement_rate_followers, false,
      'engagement_rate_reach', engagement_rate_reach, false,
      'engagement_rate_impressions', engagement_rate_impressions, false,
      'click_through_rate', click_through_rate, false,
      'video_view_rate', video_view_rate, false,
      'follower_growth_rate', follower_growth_rate, false,
      'follower_churn_rate', follower_churn_rate, false,
      'posts_per_week', posts_per_week, false,
      'lead_rate', lead_rate, true,
      'mql_rate', mql_rate, true,
      'customer_rate', customer_rate, true,
      'cost_per_lead', cost_per_lead, true,
      'roi', roi, true) as (kpi, value, org_level)
  from bench.page_month
  where month = :month_start
),

ladder as (
  select
    v.month,
    v.kpi,
    v.org_id,
    v.page_id,
    v.org_level,
    v.value,
    l.fallback_level,
    if(l.fallback_level <= 2, v.industry, null) as industry,
    if(l.fallback_level <= 1, v.segment, null) as segment,
    v.platform,
    if(l.fallback_level = 0, v.size_band, null) as size_band
  from kpi_values v
  cross join (select explode(array(0, 1, 2, 3)) as fallback_level) l
  where (l.fallback_level >= 1 or v.size_band is not null)
    and (l.fallback_level >= 2 or v.segment is not null)
    and (l.fallback_level >= 3 or v.industry is not null)
),

-- one value per organization for organization-level KPIs (its pages repeat the same value)
counted_values as (
  select
    *,
    count(value) over (partition by month, kpi, industry, segment, platform, size_band, fallback_level, org_id)
      as org_values
  from (
    select
      *,
      row_number() over (partition by month, kpi, industry, segment, platform, size_band, fallback_level, org_id
                         order by value is null, page_id) as org_row
    from ladder
  )
  where not org_level or org_row = 1
),

cohorts as (
  select
    month, kpi, industry, segment, platform, size_band, fallback_level,
    count(distinct if(value is not null, org_id, null)) as n_orgs,
    count(value) as n_values,
    coalesce(max(if(value is not null, org_values, null)), 0) as top_org_values,
    percentile(value, array(0.1D, 0.25D, 0.5D, 0.75D, 0.9D)) as pct
  from counted_values
  group by month, kpi, industry, segment, platform, size_band, fallback_level
),

disclosed as (
  select
    *,
    disclosure_reason(n_orgs, n_values, top_org_values, :k) as central_reason,
    disclosure_extremes_reason(n_orgs, n_values, top_org_values, :k) as extremes_reason
  from cohorts
)

select
  month,
  kpi,
  industry,
  segment,
  platform,
  size_band,
  fallback_level,
  n_orgs,
  if(extremes_reason is null, pct[0], null) as p10,
  if(central_reason is null, pct[1], null) as p25,
  if(central_reason is null, pct[2], null) as p50,
  if(central_reason is null, pct[3], null) as p75,
  if(extremes_reason is null, pct[4], null) as p90,
  central_reason is not null as suppressed,
  extremes_reason as suppressed_reason
from disclosed
