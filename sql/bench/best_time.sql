-- table: bench.best_time
-- comment: Best time to post: median engagement rate per cohort, local day of week and local hour (page time zone), at every fallback level; posts without a time of day are left out and counted as a share.
-- partition: month
-- write: slice month from touched_months
-- column: month DATE | First day of the calendar month.
-- column: industry STRING | Cohort industry; NULL at fallback level 3.
-- column: segment STRING | Cohort segment; NULL at fallback levels 2 and 3.
-- column: platform STRING | Cohort platform.
-- column: size_band STRING | Cohort size band; NULL at fallback levels 1 to 3.
-- column: fallback_level INT | 0 full cohort, 1 without size band, 2 without segment, 3 platform only.
-- column: local_day_of_week INT | Day of week in the page's time zone (1 = Monday ... 7 = Sunday); NULL on the row of a cohort none of whose posts has a time of day.
-- column: local_hour INT | Hour of day in the page's time zone (0-23); NULL on the row of a cohort none of whose posts has a time of day.
-- column: n_orgs BIGINT | Organizations with posts in this cell (with an engagement rate); on a NULL-hour row, organizations with posts in the cohort.
-- column: p50_engagement_rate DOUBLE | Median of day-7 engagements / followers at publish; NULL when suppressed.
-- column: posts_without_hour_share DOUBLE | Share of the cohort's posts without a time of day (date-only exports: LinkedIn, YouTube), left out of every cell; NULL when the cohort fails disclosure control.
-- column: suppressed BOOLEAN | True when the cell's median is withheld.
-- column: suppressed_reason STRING | Why: fewer than k organizations, one organization dominates (more than half of the cell's posts), no post has a time of day; NULL when published.
--
-- bench.best_time: best time to post. Per cohort (every level of the ladder: 0 industry+segment+platform+
-- size band, 1 without size band, 2 without segment, 3 platform only), local day of week and local hour of
-- publishing (the page's time zone, dw.dim_post), the median engagement rate of the month's posts:
-- day-7 engagements ÷ followers at publish. Posts without a time of day (exports that give only a date:
-- dw.dim_post.local_hour NULL) stay out of the cells; every row carries the share of the cohort's posts
-- left out that way, and a cohort none of whose posts has a time gets one row with NULL day and hour.
-- Disclosure control (socialbench.bench.DisclosureRule) per cell over the posts' values, and per cohort for
-- the share; no mean and no post count are published. For each month of the view touched_months (from :first_month to :last_month, its earliest and latest). Parameter: :k.
with ladder as (
  select month, org_id, engagement_rate, local_day_of_week, local_hour, fallback_level, industry, segment,
    platform, size_band
  from int_bench_post_cohort
  where month between :first_month and :last_month and month in (select month from touched_months)
  -- distributed once by (month, platform, fallback_level): every grouping and window below uses a superset of
  -- these keys
  distribute by month, platform, fallback_level
),

-- the cohort's posts and the share of them without a time of day
cohort_posts as (
  select
    month, industry, segment, platform, size_band, fallback_level,
    count(org_id) as n_orgs,
    sum(org_posts) as n_values,
    max(org_posts) as top_org_values,
    sum(org_posts_without_hour) / sum(org_posts) as share_without_hour,
    sum(org_posts_without_hour) = sum(org_posts) as untimed
  from (
    select
      month, industry, segment, platform, size_band, fallback_level, org_id,
      count(*) as org_posts,
      count_if(local_hour is null) as org_posts_without_hour
    from ladder
    group by month, industry, segment, platform, size_band, fallback_level, org_id
  )
  group by month, industry, segment, platform, size_band, fallback_level
),

cohorts as (
  select
    *,
    if(disclosure_reason(n_orgs, n_values, top_org_values, :k) is null, share_without_hour, null)
      as posts_without_hour_share
  from cohort_posts
),

-- per organization in the cell: its values, and its first row (values first), counted once in n_orgs
timed as (
  select
    *,
    count(engagement_rate) over (partition by month, industry, segment, platform, size_band, fallback_level,
                                 local_day_of_week, local_hour, org_id order by engagement_rate asc nulls last
                                 rows between unbounded preceding and unbounded following) as org_values,
    row_number() over (partition by month, industry, segment, platform, size_band, fallback_level,
                       local_day_of_week, local_hour, org_id order by engagement_rate asc nulls last) as org_row
  from ladder
  where local_hour is not null
),

cells as (
  select
    month, industry, segment, platform, size_band, fallback_level, local_day_of_week, local_hour,
    count_if(org_row = 1 and engagement_rate is not null) as n_orgs,
    count(engagement_rate) as n_values,
    coalesce(max(if(engagement_rate is not null, org_values, null)), 0) as top_org_values,
    percentile(engagement_rate, 0.5D) as p50_engagement_rate
  from timed
  group by month, industry, segment, platform, size_band, fallback_level, local_day_of_week, local_hour
),

disclosed_cells as (
  select
    c.month, c.industry, c.segment, c.platform, c.size_band, c.fallback_level, c.local_day_of_week, c.local_hour,
    c.n_orgs,
    c.p50_engagement_rate,
    disclosure_reason(c.n_orgs, c.n_values, c.top_org_values, :k) as reason,
    h.posts_without_hour_share
  from cells c
  join cohorts h
    on h.month = c.month
    and h.fallback_level = c.fallback_level
    and h.platform = c.platform
    and h.industry <=> c.industry
    and h.segment <=> c.segment
    and h.size_band <=> c.size_band
),

-- cohorts without a single timed post (so without a cell): one row saying so
untimed_cohorts as (
  select
    h.month, h.industry, h.segment, h.platform, h.size_band, h.fallback_level,
    cast(null as int) as local_day_of_week,
    cast(null as int) as local_hour,
    h.n_orgs,
    cast(null as double) as p50_engagement_rate,
    coalesce(disclosure_reason(h.n_orgs, h.n_values, h.top_org_values, :k), 'no post has a time of day') as reason,
    h.posts_without_hour_share
  from cohorts h
  where h.untimed
)

select
  month,
  industry,
  segment,
  platform,
  size_band,
  fallback_level,
  local_day_of_week,
  local_hour,
  n_orgs,
  if(reason is null, p50_engagement_rate, null) as p50_engagement_rate,
  posts_without_hour_share,
  reason is not null as suppressed,
  reason as suppressed_reason
from (
  select * from disclosed_cells
  union all
  select * from untimed_cohorts
)
