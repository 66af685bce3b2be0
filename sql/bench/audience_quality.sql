-- table: bench.audience_quality
-- comment: Follower size against engagement per page and month within the cohort (industry, segment, platform with fallback, no size band); hollow audiences flagged.
-- partition: month
-- write: slice month from touched_months
-- stats: org_id, page_id
-- column: page_id STRING | Platform page id.
-- column: platform STRING | Social platform.
-- column: org_id STRING | Organization owning the page.
-- column: month DATE | First day of the calendar month.
-- column: industry STRING | Organization's industry as of the month.
-- column: segment STRING | Organization's segment as of the month.
-- column: followers_start BIGINT | Followers at month start (bench.page_month).
-- column: engagement_rate_followers DOUBLE | Engagement rate per follower (bench.page_month).
-- column: fallback_level INT | 1 industry+segment+platform, 2 industry+platform, 3 platform only: the first with at least k organizations, else 3.
-- column: cohort_n_orgs INT | Organizations in the cohort used with both followers and engagement rate.
-- column: follower_size_percentile DOUBLE | Leave-one-out percentile rank of followers_start in the cohort; NULL when suppressed.
-- column: engagement_percentile DOUBLE | Leave-one-out percentile rank of engagement_rate_followers in the cohort; NULL when suppressed.
-- column: is_hollow BOOLEAN | Large following, bottom-quartile engagement: follower_size_percentile >= 75 and engagement_percentile < 25 (conf: socialbench.bench.hollow-*).
-- column: suppressed BOOLEAN | True when the cohort used fails disclosure control (fewer than k organizations, or one holds more than half of the pages).
-- column: suppressed_reason STRING | Why: fewer than k organizations, one organization dominates; NULL when published.
--
-- bench.audience_quality: per page and month, the page's follower count and its engagement rate per
-- follower, each as a leave-one-out percentile rank in its cohort; a hollow audience is a large following
-- (follower percentile ≥ :hollow_min_follower_percentile) with bottom-quartile engagement
-- (engagement percentile < :hollow_max_engagement_percentile).
-- Cohort: industry + segment + platform (level 1), else industry + platform (2), else platform (3) — the
-- size band is left out because follower size is what is being ranked. The first level with at least :k
-- organizations having both values and no organization holding more than half of the cohort's pages
-- (disclosure control, socialbench.bench.DisclosureRule) is used, else level 3 (suppressed, with the reason).
-- For each month of the view touched_months (from :first_month to :last_month, its earliest and latest). Parameters: :k, :hollow_min_follower_percentile, :hollow_max_engagement_percentile.
with pages as (
  select
    page_id, platform, org_id, month, industry, segment, followers_start, engagement_rate_followers,
    followers_start is not null and engagement_rate_followers is not null as complete
  from bench.page_month
  where month between :first_month and :last_month and month in (select month from touched_months)
),

ladder as (
  select
    p.*,
    c.fallback_level,
    c.industry as c_industry,
    c.segment as c_segment,
    if(complete, cast(followers_start as double), null) as size_value,
    if(complete, engagement_rate_followers, null) as engagement_value
  from pages p
  join int_bench_page_cohort c
    on c.page_id = p.page_id
    and c.platform = p.platform
    and c.month = p.month
  where c.fallback_level >= 1
),

-- one row per organization and cohort carries first_complete_of_org (the organization has a complete page in the
-- cohort), so n_orgs is a count of flags: a collect_set of organization ids over the cohort would put that array
-- into every row and every later sort (gigabytes of spill at SF10).
org_marked as (
  select
    l.*,
    complete and row_number() over (partition by month, fallback_level, c_industry, c_segment, platform, org_id
                                    order by complete desc) = 1 as first_complete_of_org
  from ladder l
),

counted as (
  select
    l.*,
    count_if(first_complete_of_org) over (partition by month, fallback_level, c_industry, c_segment, platform)
      as n_orgs,
    count(size_value) over (partition by month, fallback_level, c_industry, c_segment, platform) as n_all,
    count(size_value) over (partition by month, fallback_level, c_industry, c_segment, platform, org_id) as n_own,
    rank() over (partition by month, fallback_level, c_industry, c_segment, platform
                 order by size_value asc nulls last) - 1 as size_below_all,
    count(size_value) over (partition by month, fallback_level, c_industry, c_segment, platform, size_value)
      as size_equal_all,
    rank() over (partition by month, fallback_level, c_industry, c_segment, platform, org_id
                 order by size_value asc nulls last) - 1 as size_below_own,
    count(size_value) over (partition by month, fallback_level, c_industry, c_segment, platform, org_id, size_value)
      as size_equal_own,
    rank() over (partition by month, fallback_level, c_industry, c_segment, platform
                 order by engagement_value asc nulls last) - 1 as eng_below_all,
    count(engagement_value) over (partition by month, fallback_level, c_industry, c_segment, platform, engagement_value)
      as eng_equal_all,
    rank() over (partition by month, fallback_level, c_industry, c_segment, platform, org_id
                 order by engagement_value asc nulls last) - 1 as eng_below_own,
    count(engagement_value) over (
      partition by month, fallback_level, c_industry, c_segment, platform, org_id, engagement_value) as eng_equal_own
  from org_marked l
),

disclosed as (
  select
    *,
    disclosure_reason(n_orgs, n_all,
      max(n_own) over (partition by month, fallback_level, c_industry, c_segment, platform), :k) as suppressed_reason
  from counted
),

chosen as (
  select
    *,
    suppressed_reason is not null as suppressed,
    row_number() over (
      partition by month, page_id, platform
      order by if(suppressed_reason is null, fallback_level, 10 - fallback_level)) as preference
  from disclosed
),

ranked as (
  select
    *,
    if(not complete or suppressed, null,
       leave_one_out_rank(size_below_all, size_equal_all, n_all, size_below_own, size_equal_own, n_own))
      as follower_size_percentile,
    if(not complete or suppressed, null,
       leave_one_out_rank(eng_below_all, eng_equal_all, n_all, eng_below_own, eng_equal_own, n_own))
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
