-- bench.page_rank: one row per page × KPI × month.
-- Parameters: :month_start (DATE), :k (minimum distinct organizations).
-- The cohort a page uses is the first level of the ladder (0 → 3) whose cohort has at least :k
-- organizations with a value of the KPI; when no level has, the page uses level 3 (platform only), which is
-- suppressed, and its rank, quartile and delta are NULL.
-- percentile_rank = 100 × (count below + ½ count equal) ÷ n over the cohort's values without the pages of
-- the page's own organization (leave-one-out). quartile = 1 (bottom) … 4 (top) from percentile_rank.
-- delta_vs_median = value − the cohort's published p50 (which includes the page's own organization; NULL
-- when bench.cohort_month suppresses it). An organization-level KPI (the funnel KPIs, the same for every page
-- of an organization on a platform) counts once per organization among the peers, as in bench.cohort_month.
-- The only cohort field published here is cohort_n_orgs (no mean, no page count).
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
    v.page_id,
    v.platform,
    v.org_id,
    v.month,
    v.kpi,
    v.value,
    v.org_level,
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

-- the values that count among peers: one per organization for an organization-level KPI
peer_values as (
  select
    l.*,
    if(org_level and row_number() over (
         partition by kpi, fallback_level, industry, segment, platform, size_band, org_id
         order by value is null, page_id) > 1, null, value) as peer_value
  from ladder l
),

-- counts for the leave-one-out rank: over the whole cohort, then over the page's own organization in it
counted as (
  select
    l.*,
    count(peer_value) over (partition by kpi, fallback_level, industry, segment, platform, size_band) as n_all,
    rank() over (partition by kpi, fallback_level, industry, segment, platform, size_band
                 order by peer_value asc nulls last) - 1 as below_all,
    count(peer_value) over (partition by kpi, fallback_level, industry, segment, platform, size_band, peer_value)
      as equal_all,
    count(peer_value) over (partition by kpi, fallback_level, industry, segment, platform, size_band, org_id) as n_own,
    rank() over (partition by kpi, fallback_level, industry, segment, platform, size_band, org_id
                 order by peer_value asc nulls last) - 1 as below_own,
    count(peer_value) over (partition by kpi, fallback_level, industry, segment, platform, size_band, org_id, peer_value)
      as equal_own
  from peer_values l
),

with_cohort as (
  select
    c.*,
    s.n_orgs as cohort_n_orgs,
    s.p50,
    s.suppressed,
    row_number() over (
      partition by c.page_id, c.platform, c.kpi
      order by if(not s.suppressed, c.fallback_level, 10 - c.fallback_level)) as preference
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

ranked_peers as (
  select
    *,
    if(peer_value is null or suppressed or n_all - n_own = 0, null,
       100.0D * ((below_all - below_own) + 0.5D * (equal_all - equal_own)) / (n_all - n_own)) as peer_rank
  from with_cohort
),

-- a page whose organization-level value was counted on a sibling page takes that page's rank (same value)
ranked as (
  select
    *,
    if(value is null, null,
       max(peer_rank) over (partition by kpi, fallback_level, industry, segment, platform, size_band, org_id, value))
      as percentile_rank
  from ranked_peers
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
  value - p50 as delta_vs_median
from ranked
where preference = 1
