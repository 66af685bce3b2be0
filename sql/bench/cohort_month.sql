-- bench.cohort_month: one row per cohort × KPI × month, at every level of the fallback ladder
-- (0 industry+segment+platform+size band, 1 without size band, 2 without segment, 3 platform only).
-- Parameters: :month_start (DATE), :k (minimum distinct organizations behind a published statistic).
-- A level is formed only from pages that know the attributes it keeps (a page without a size band has no
-- level-0 cohort). Statistics rest on the pages with a non-NULL value of the KPI; exact percentiles with
-- linear interpolation (Spark's percentile). Under :k organizations: suppressed, statistics NULL.
with kpi_values as (
  select
    page_id, platform, org_id, month, industry, segment, size_band,
    stack(13,
      'engagement_rate_followers', engagement_rate_followers,
      'engagement_rate_reach', engagement_rate_reach,
      'engagement_rate_impressions', engagement_rate_impressions,
      'click_through_rate', click_through_rate,
      'video_view_rate', video_view_rate,
      'follower_growth_rate', follower_growth_rate,
      'follower_churn_rate', follower_churn_rate,
      'posts_per_week', posts_per_week,
      'lead_rate', lead_rate,
      'mql_rate', mql_rate,
      'customer_rate', customer_rate,
      'cost_per_lead', cost_per_lead,
      'roi', roi) as (kpi, value)
  from bench.page_month
  where month = :month_start
),

ladder as (
  select
    v.month,
    v.kpi,
    v.org_id,
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

cohorts as (
  select
    month, kpi, industry, segment, platform, size_band, fallback_level,
    count(distinct if(value is not null, org_id, null)) as n_orgs,
    count(value) as n_pages,
    percentile(value, array(0.1D, 0.25D, 0.5D, 0.75D, 0.9D)) as pct,
    aggregate(array_sort(collect_list(value)), 0D, (acc, v) -> acc + v) / nullif(count(value), 0) as mean
  from ladder
  group by month, kpi, industry, segment, platform, size_band, fallback_level
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
  n_pages,
  if(n_orgs >= :k, pct[0], null) as p10,
  if(n_orgs >= :k, pct[1], null) as p25,
  if(n_orgs >= :k, pct[2], null) as p50,
  if(n_orgs >= :k, pct[3], null) as p75,
  if(n_orgs >= :k, pct[4], null) as p90,
  if(n_orgs >= :k, mean, null) as mean,
  n_orgs < :k as suppressed
from cohorts
