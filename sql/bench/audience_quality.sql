-- bench.audience_quality: per page and month, the page's follower count and its engagement rate per
-- follower, each as a leave-one-out percentile rank in its cohort; a hollow audience is a large following
-- (follower percentile ≥ :hollow_min_follower_percentile) with bottom-quartile engagement
-- (engagement percentile < :hollow_max_engagement_percentile).
-- Cohort: industry + segment + platform (level 1), else industry + platform (2), else platform (3) — the
-- size band is left out because follower size is what is being ranked. The first level with at least :k
-- organizations having both values and no organization holding more than half of the cohort's pages
-- (disclosure control, socialbench.bench.DisclosureRule) is used, else level 3 (suppressed, with the reason).
-- Parameters: :month_start (DATE), :k, :hollow_min_follower_percentile, :hollow_max_engagement_percentile.
with pages as (
  select
    page_id, platform, org_id, month, industry, segment, followers_start, engagement_rate_followers,
    followers_start is not null and engagement_rate_followers is not null as complete
  from bench.page_month
  where month = :month_start
),

ladder as (
  select
    p.*,
    l.fallback_level,
    if(l.fallback_level <= 2, p.industry, null) as c_industry,
    if(l.fallback_level <= 1, p.segment, null) as c_segment,
    if(complete, cast(followers_start as double), null) as size_value,
    if(complete, engagement_rate_followers, null) as engagement_value
  from pages p
  cross join (select explode(array(1, 2, 3)) as fallback_level) l
  where (l.fallback_level >= 2 or p.segment is not null)
    and (l.fallback_level >= 3 or p.industry is not null)
),

counted as (
  select
    l.*,
    size(collect_set(if(complete, org_id, null)) over (partition by fallback_level, c_industry, c_segment, platform))
      as n_orgs,
    count(size_value) over (partition by fallback_level, c_industry, c_segment, platform) as n_all,
    count(size_value) over (partition by fallback_level, c_industry, c_segment, platform, org_id) as n_own,
    rank() over (partition by fallback_level, c_industry, c_segment, platform
                 order by size_value asc nulls last) - 1 as size_below_all,
    count(size_value) over (partition by fallback_level, c_industry, c_segment, platform, size_value)
      as size_equal_all,
    rank() over (partition by fallback_level, c_industry, c_segment, platform, org_id
                 order by size_value asc nulls last) - 1 as size_below_own,
    count(size_value) over (partition by fallback_level, c_industry, c_segment, platform, org_id, size_value)
      as size_equal_own,
    rank() over (partition by fallback_level, c_industry, c_segment, platform
                 order by engagement_value asc nulls last) - 1 as eng_below_all,
    count(engagement_value) over (partition by fallback_level, c_industry, c_segment, platform, engagement_value)
      as eng_equal_all,
    rank() over (partition by fallback_level, c_industry, c_segment, platform, org_id
                 order by engagement_value asc nulls last) - 1 as eng_below_own,
    count(engagement_value) over (
      partition by fallback_level, c_industry, c_segment, platform, org_id, engagement_value) as eng_equal_own
  from ladder l
),

disclosed as (
  select
    *,
    disclosure_reason(n_orgs, n_all,
      max(n_own) over (partition by fallback_level, c_industry, c_segment, platform), :k) as suppressed_reason
  from counted
),

chosen as (
  select
    *,
    suppressed_reason is not null as suppressed,
    row_number() over (
      partition by page_id, platform
      order by if(suppressed_reason is null, fallback_level, 10 - fallback_level)) as preference
  from disclosed
),

ranked as (
  select
    *,
    if(not complete or suppressed or n_all - n_own = 0, null,
       100.0D * ((size_below_all - size_below_own) + 0.5D * (size_equal_all - size_equal_own)) / (n_all - n_own))
      as follower_size_percentile,
    if(not complete or suppressed or n_all - n_own = 0, null,
       100.0D * ((eng_below_all - eng_below_own) + 0.5D * (eng_equal_all - eng_equal_own)) / (n_all - n_own))
      as engagement_percentile
  from chosen
  where preference = 1
)

select
  page_id,
  platform,
  org_id,
  month,
  industry,
  segment,
  followers_start,
  engagement_rate_followers,
  fallback_level,
  n_orgs as cohort_n_orgs,
  follower_size_percentile,
  engagement_percentile,
  follower_size_percentile >= :hollow_min_follower_percentile
    and engagement_percentile < :hollow_max_engagement_percentile as is_hollow,
  suppressed,
  suppressed_reason
from ranked
