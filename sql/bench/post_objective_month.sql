-- table: bench.post_objective_month
-- comment: Each post judged on the KPI of its objective against peers' posts with the same objective (day-7 metrics), ranked leave-one-out.
-- partition: month
-- write: slice month from touched_months
-- stats: org_id, page_id, post_id
-- column: post_id STRING | Platform post id.
-- column: platform STRING | Social platform.
-- column: page_id STRING | Page that published the post.
-- column: org_id STRING | Organization owning the page.
-- column: month DATE | First day of the post's publish month (UTC).
-- column: objective STRING | Post objective (traffic, video, engagement, awareness, conversion).
-- column: kpi STRING | The objective's KPI: traffic, conversion -> click_through_rate; video -> video_view_rate; engagement -> engagement_rate_followers; awareness -> reach_rate_followers.
-- column: value DOUBLE | The post's KPI value at day 7.
-- column: fallback_level INT | Level of the peer cohort used (same objective): the first with at least k organizations, else 3 (suppressed).
-- column: cohort_n_orgs BIGINT | Organizations with a value in the peer cohort used.
-- column: cohort_p50 DOUBLE | Median of the peer cohort; NULL when suppressed.
-- column: percentile_rank DOUBLE | Leave-one-out percentile rank among peers' posts of other organizations; NULL when suppressed.
-- column: quartile INT | 1 (percentile_rank < 25) to 4 (>= 75); NULL with the rank.
-- column: delta_vs_median DOUBLE | value - cohort_p50; NULL when suppressed.
-- column: suppressed BOOLEAN | True when even the platform-wide peer cohort fails disclosure control (fewer than k organizations, or one holds more than half of the posts).
-- column: suppressed_reason STRING | Why: fewer than k organizations, one organization dominates; NULL when published.
--
-- bench.post_objective_month: each post of the month judged on the KPI of its objective, against peers'
-- posts with the same objective (day-7 metrics):
--   traffic, conversion → click_through_rate  = clicks ÷ impressions
--   video               → video_view_rate     = video_views ÷ impressions
--   engagement          → engagement_rate_followers = engagements ÷ followers at publish
--   awareness           → reach_rate_followers = reach ÷ followers at publish
-- Peer cohort: the ladder of bench.cohort_month (0 industry+segment+platform+size band, 1 without size band,
-- 2 without segment, 3 platform only), always within the objective; the post uses the first level with at
-- least :k organizations and no organization holding more than half of its posts (disclosure control,
-- socialbench.bench.DisclosureRule), else level 3 (suppressed, with the reason). Rank leave-one-out: against
-- posts of other organizations.
-- For each month of the view touched_months (from :first_month to :last_month, its earliest and latest). Parameters: :k; :first_month and :last_month (DATE, the earliest
-- and the latest touched month: literal bounds that let Delta skip files of dw.fct_post outside them).
with ladder as (
  select
    p.post_id,
    p.platform,
    p.page_id,
    p.org_id,
    c.month,
    p.objective,
    case p.objective
      when 'traffic' then 'click_through_rate'
      when 'conversion' then 'click_through_rate'
      when 'video' then 'video_view_rate'
      when 'engagement' then 'engagement_rate_followers'
      when 'awareness' then 'reach_rate_followers'
    end as kpi,
    case p.objective
      when 'traffic' then p.clicks_d7 / nullif(p.impressions_d7, 0)
      when 'conversion' then p.clicks_d7 / nullif(p.impressions_d7, 0)
      when 'video' then p.video_views_d7 / nullif(p.impressions_d7, 0)
      when 'engagement' then p.engagements_d7 / nullif(p.followers_at_publish, 0)
      when 'awareness' then p.reach_d7 / nullif(p.followers_at_publish, 0)
    end as value,
    c.fallback_level,
    c.industry,
    c.segment,
    c.size_band
  from dw.fct_post p
  join int_bench_page_cohort c
    on c.page_id = p.page_id
    and c.platform = p.platform
    and c.month = trunc(p.published_date, 'MM')
  where c.month between :first_month and :last_month and c.month in (select month from touched_months)
    and p.published_date between :first_month and last_day(:last_month)
    and p.objective is not null
  -- one shuffle for every window below: each partitions by a superset of these keys
  distribute by month, objective, platform
),

-- Two passes over each cohort (month, objective, fallback_level, industry, segment, platform, size_band), each
-- in one sort: first the post's own organization within the cohort ordered by value, then the whole cohort
-- ordered by value. The cohort's figures (organizations, values, the largest organization's values, median)
-- come from the same passes.
own_counted as (
  select
    l.*,
    count(value) over (partition by month, objective, fallback_level, industry, segment, platform, size_band, org_id
                       order by value asc nulls last rows between unbounded preceding and unbounded following) as n_own,
    rank() over (partition by month, objective, fallback_level, industry, segment, platform, size_band, org_id
                 order by value asc nulls last) - 1 as below_own,
    count(value) over (partition by month, objective, fallback_level, industry, segment, platform, size_band, org_id
                       order by value asc nulls last range between current row and current row) as equal_own,
    -- the organization's first row holds a value when any of its rows does (nulls sort last)
    value is not null and row_number() over (
      partition by month, objective, fallback_level, industry, segment, platform, size_band, org_id
      order by value asc nulls last) = 1 as first_valued_of_org
  from ladder l
),

counted as (
  select
    l.*,
    count(value) over (partition by month, objective, fallback_level, industry, segment, platform, size_band
                       order by value asc nulls last rows between unbounded preceding and unbounded following) as n_all,
    rank() over (partition by month, objective, fallback_level, industry, segment, platform, size_band
                 order by value asc nulls last) - 1 as below_all,
    count(value) over (partition by month, objective, fallback_level, industry, segment, platform, size_band
                       order by value asc nulls last range between current row and current row) as equal_all,
    count_if(first_valued_of_org) over (partition by month, objective, fallback_level, industry, segment, platform, size_band
                       order by value asc nulls last rows between unbounded preceding and unbounded following) as n_orgs,
    max(n_own) over (partition by month, objective, fallback_level, industry, segment, platform, size_band
                     order by value asc nulls last rows between unbounded preceding and unbounded following) as top_org_values,
    percentile(value, 0.5D) over (partition by month, objective, fallback_level, industry, segment, platform, size_band
                                  order by value asc nulls last rows between unbounded preceding and unbounded following) as p50
  from own_counted l
),

disclosed as (
  select *, disclosure_reason(n_orgs, n_all, top_org_values, :k) as suppressed_reason
  from counted
),

chosen as (
  select
    *,
    suppressed_reason is not null as suppressed,
    -- month and objective: one of each per post (same rows), so the ladder's distribution serves this window too
    row_number() over (
      partition by post_id, platform, month, objective
      order by if(suppressed_reason is null, fallback_level, 10 - fallback_level)) as preference
  from disclosed
),

ranked as (
  select
    *,
    if(value is null or suppressed, null,
       leave_one_out_rank(below_all, equal_all, n_all, below_own, equal_own, n_own)) as percentile_rank
  from chosen
  where preference = 1
)

select
  post_id,
  platform,
  page_id,
  org_id,
  month,
  objective,
  kpi,
  value,
  fallback_level,
  n_orgs as cohort_n_orgs,
  if(suppressed, null, p50) as cohort_p50,
  percentile_rank,
  rank_quartile(percentile_rank) as quartile,
  if(suppressed, null, value - p50) as delta_vs_median,
  suppressed,
  suppressed_reason
from ranked
