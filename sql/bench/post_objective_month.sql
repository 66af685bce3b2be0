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
-- Parameters: :month_start (DATE), :k.
with post_values as (
  select
    p.post_id,
    p.platform,
    p.page_id,
    p.org_id,
    m.month,
    m.industry,
    m.segment,
    m.size_band,
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
    end as value
  from dw.fct_post p
  join bench.page_month m
    on m.page_id = p.page_id
    and m.platform = p.platform
    and m.month = :month_start
  where p.published_date between :month_start and last_day(:month_start)
    and p.objective is not null
),

ladder as (
  select
    v.post_id,
    v.platform,
    v.page_id,
    v.org_id,
    v.month,
    v.objective,
    v.kpi,
    v.value,
    l.fallback_level,
    if(l.fallback_level <= 2, v.industry, null) as industry,
    if(l.fallback_level <= 1, v.segment, null) as segment,
    if(l.fallback_level = 0, v.size_band, null) as size_band
  from post_values v
  cross join (select explode(array(0, 1, 2, 3)) as fallback_level) l
  where (l.fallback_level >= 1 or v.size_band is not null)
    and (l.fallback_level >= 2 or v.segment is not null)
    and (l.fallback_level >= 3 or v.industry is not null)
),

cohorts as (
  select
    objective, fallback_level, industry, segment, platform, size_band,
    count(distinct if(value is not null, org_id, null)) as n_orgs,
    count(value) as n_values,
    coalesce(max(if(value is not null, org_values, null)), 0) as top_org_values,
    percentile(value, 0.5D) as p50
  from (
    select *, count(value) over (partition by objective, fallback_level, industry, segment, platform, size_band, org_id)
      as org_values
    from ladder
  )
  group by objective, fallback_level, industry, segment, platform, size_band
),

disclosed_cohorts as (
  select *, disclosure_reason(n_orgs, n_values, top_org_values, :k) as suppressed_reason
  from cohorts
),

counted as (
  select
    l.*,
    count(value) over (partition by objective, fallback_level, industry, segment, platform, size_band) as n_all,
    rank() over (partition by objective, fallback_level, industry, segment, platform, size_band
                 order by value asc nulls last) - 1 as below_all,
    count(value) over (partition by objective, fallback_level, industry, segment, platform, size_band, value)
      as equal_all,
    count(value) over (partition by objective, fallback_level, industry, segment, platform, size_band, org_id)
      as n_own,
    rank() over (partition by objective, fallback_level, industry, segment, platform, size_band, org_id
                 order by value asc nulls last) - 1 as below_own,
    count(value) over (partition by objective, fallback_level, industry, segment, platform, size_band, org_id, value)
      as equal_own
  from ladder l
),

chosen as (
  select
    c.*,
    s.n_orgs,
    s.p50,
    s.suppressed_reason,
    s.suppressed_reason is not null as suppressed,
    row_number() over (
      partition by c.post_id, c.platform
      order by if(s.suppressed_reason is null, c.fallback_level, 10 - c.fallback_level)) as preference
  from counted c
  join disclosed_cohorts s
    on s.objective = c.objective
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
  case
    when percentile_rank is null then null
    when percentile_rank < 25 then 1
    when percentile_rank < 50 then 2
    when percentile_rank < 75 then 3
    else 4
  end as quartile,
  if(suppressed, null, value - p50) as delta_vs_median,
  suppressed,
  suppressed_reason
from ranked
