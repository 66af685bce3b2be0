-- bench.page_rank: one row per page × KPI × month.
-- Parameters: :month_start (DATE), :k (minimum distinct organizations).
-- The cohort a page uses is the first level of the ladder (0 → 3) whose cohort has at least :k
-- organizations with a value of the KPI; when no level has, the page uses level 3 (platform only), which is
-- suppressed, and its rank, quartile and delta are NULL.
-- percentile_rank = 100 × (count below + ½ count equal) ÷ n over the cohort's values without the pages of
-- the page's own organization (leave-one-out). quartile = 1 (bottom) … 4 (top) from percentile_rank.
-- delta_vs_median = value − the cohort's published p50 (which includes the page's own organization).
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
    v.page_id,
    v.platform,
    v.org_id,
    v.month,
    v.kpi,
    v.value,
    l.fallback_level,
    if(l.fallback_level <= 2, v.industry, null) as industry,
    if(l.fallback_level <= 1, v.segment, null) as segment,
    if(l.fallback_level = 0, v.size_band, null) as size_band
  from kpi_values v
  cross join (select explode(array(0, 1, 2, 3)) as fallback_level) l
  where (l.fallback_level >= 1 or v.size_band is not null)
    and (l.fallback_level >= 2 or v.segment is not null)
    and (l.fallback_level >= 3 or v.industry is not null)
),

-- counts for the leave-one-out rank: over the whole cohort, then over the page's own organization in it
counted as (
  select
    l.*,
    count(value) over (partition by kpi, fallback_level, industry, segment, platform, size_band) as n_all,
    rank() over (partition by kpi, fallback_level, industry, segment, platform, size_band
                 order by value asc nulls last) - 1 as below_all,
    count(value) over (partition by kpi, fallback_level, industry, segment, platform, size_band, value) as equal_all,
    count(value) over (partition by kpi, fallback_level, industry, segment, platform, size_band, org_id) as n_own,
    rank() over (partition by kpi, fallback_level, industry, segment, platform, size_band, org_id
                 order by value asc nulls last) - 1 as below_own,
    count(value) over (partition by kpi, fallback_level, industry, segment, platform, size_band, org_id, value)
      as equal_own
  from ladder l
),

with_cohort as (
  select
    c.*,
    s.n_orgs as cohort_n_orgs,
    s.p50,
    s.suppressed,
    row_number() over (
      partition by c.page_id, c.platform, c.kpi
      order by if(s.n_orgs >= :k, c.fallback_level, 10 - c.fallback_level)) as preference
  from counted c
  join bench.cohort_month s
    on s.month = c.month
    and s.kpi = c.kpi
    and s.fallback_level = c.fallback_level
    and s.platform = c.platform
    and s.industry <=> c.industry
    and s.segment <=> c.segment
    and s.size_band <=> c.size_band
),

ranked as (
  select
    *,
    if(value is null or suppressed or n_all - n_own = 0, null,
       100.0D * ((below_all - below_own) + 0.5D * (equal_all - equal_own)) / (n_all - n_own)) as percentile_rank
  from with_cohort
  where preference = 1
)

select
  page_id,
  platform,
  org_id,
  month,
  kpi,
  value,
  fallback_level,
  cohort_n_orgs,
  percentile_rank,
  case
    when percentile_rank is null then null
    when percentile_rank < 25 then 1
    when percentile_rank < 50 then 2
    when percentile_rank < 75 then 3
    else 4
  end as quartile,
  if(suppressed, null, value - p50) as delta_vs_median
from ranked
