-- table: bench.topic_month
-- comment: Topic benchmarks: engagement rate of posts per topic (dw.dim_post.topics) and cohort, at every fallback level.
-- partition: month
-- write: slice month from touched_months
-- column: month DATE | First day of the calendar month.
-- column: topic STRING | Topic from the keyword dictionary (dw.dim_post.topics).
-- column: industry STRING | Cohort industry; NULL at fallback level 3.
-- column: segment STRING | Cohort segment; NULL at fallback levels 2 and 3.
-- column: platform STRING | Cohort platform.
-- column: size_band STRING | Cohort size band; NULL at fallback levels 1 to 3.
-- column: fallback_level INT | 0 full cohort, 1 without size band, 2 without segment, 3 platform only.
-- column: n_orgs BIGINT | Organizations with posts on the topic (with an engagement rate).
-- column: p25_engagement_rate DOUBLE | 25th percentile of the posts' engagement rate; NULL when suppressed.
-- column: p50_engagement_rate DOUBLE | Median of the posts' engagement rate; NULL when suppressed.
-- column: p75_engagement_rate DOUBLE | 75th percentile of the posts' engagement rate; NULL when suppressed.
-- column: suppressed BOOLEAN | True when the quartiles are withheld.
-- column: suppressed_reason STRING | Why: fewer than k organizations, one organization dominates (more than half of the posts); NULL when published.
--
-- bench.topic_month: topic benchmarks. Per topic of dw.dim_post.topics and cohort (every level of the
-- ladder), the quartiles of the engagement rate of the month's posts on that topic (day-7 engagements ÷
-- followers at publish). A post with several topics counts in each. Disclosure control
-- (socialbench.bench.DisclosureRule) over the posts' values; no mean, page or post count is published.
-- For each month of the view touched_months (from :first_month to :last_month, its earliest and latest). Parameter: :k.
with ladder as (
  select month, topic, org_id, engagement_rate, fallback_level, industry, segment, platform, size_band
  from int_bench_post_cohort
  lateral view explode(topics) t as topic
  where month between :first_month and :last_month and month in (select month from touched_months)
  -- distributed once by (month, topic, platform): the window and the grouping below both use a superset of these keys
  distribute by month, topic, platform
),

-- per organization in the topic's cohort: its values, and its first row (values first), counted once in n_orgs
counted as (
  select
    *,
    count(engagement_rate) over (partition by month, topic, industry, segment, platform, size_band, fallback_level,
                                 org_id order by engagement_rate asc nulls last
                                 rows between unbounded preceding and unbounded following) as org_values,
    row_number() over (partition by month, topic, industry, segment, platform, size_band, fallback_level,
                       org_id order by engagement_rate asc nulls last) as org_row
  from ladder
),

topics as (
  select
    month, topic, industry, segment, platform, size_band, fallback_level,
    count_if(org_row = 1 and engagement_rate is not null) as n_orgs,
    count(engagement_rate) as n_values,
    coalesce(max(if(engagement_rate is not null, org_values, null)), 0) as top_org_values,
    percentile(engagement_rate, array(0.25D, 0.5D, 0.75D)) as pct
  from counted
  group by month, topic, industry, segment, platform, size_band, fallback_level
),

disclosed as (
  select *, disclosed_quartiles(pct, n_orgs, n_values, top_org_values, :k) as d
  from topics
)

select
  month, topic, industry, segment, platform, size_band, fallback_level, n_orgs,
  d.p25 as p25_engagement_rate,
  d.p50 as p50_engagement_rate,
  d.p75 as p75_engagement_rate,
  d.suppressed,
  d.suppressed_reason
from disclosed
