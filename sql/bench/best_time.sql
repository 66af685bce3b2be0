-- bench.best_time: best time to post. Per cohort (every level of the ladder: 0 industry+segment+platform+
-- size band, 1 without size band, 2 without segment, 3 platform only), local day of week and local hour of
-- publishing (the page's time zone, dw.dim_post), the engagement rate of the month's posts:
-- day-7 engagements ÷ followers at publish. A cell with fewer than :k organizations is suppressed.
-- Parameters: :month_start (DATE), :k.
with post_rates as (
  select
    p.org_id,
    m.month,
    m.industry,
    m.segment,
    m.platform,
    m.size_band,
    d.local_day_of_week,
    d.local_hour,
    p.engagements_d7 / nullif(p.followers_at_publish, 0) as engagement_rate
  from dw.fct_post p
  join dw.dim_post d
    on d.org_id = p.org_id
    and d.post_id = p.post_id
    and d.platform = p.platform
  join bench.page_month m
    on m.page_id = p.page_id
    and m.platform = p.platform
    and m.month = :month_start
  where p.published_date between :month_start and last_day(:month_start)
),

ladder as (
  select
    r.month,
    r.org_id,
    r.engagement_rate,
    r.local_day_of_week,
    r.local_hour,
    l.fallback_level,
    if(l.fallback_level <= 2, r.industry, null) as industry,
    if(l.fallback_level <= 1, r.segment, null) as segment,
    r.platform,
    if(l.fallback_level = 0, r.size_band, null) as size_band
  from post_rates r
  cross join (select explode(array(0, 1, 2, 3)) as fallback_level) l
  where (l.fallback_level >= 1 or r.size_band is not null)
    and (l.fallback_level >= 2 or r.segment is not null)
    and (l.fallback_level >= 3 or r.industry is not null)
),

cells as (
  select
    month, industry, segment, platform, size_band, fallback_level, local_day_of_week, local_hour,
    count(distinct if(engagement_rate is not null, org_id, null)) as n_orgs,
    count(engagement_rate) as n_posts,
    aggregate(array_sort(collect_list(engagement_rate)), 0D, (acc, v) -> acc + v) / nullif(count(engagement_rate), 0) as mean_engagement_rate,
    percentile(engagement_rate, 0.5D) as p50_engagement_rate
  from ladder
  group by month, industry, segment, platform, size_band, fallback_level, local_day_of_week, local_hour
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
  n_posts,
  if(n_orgs >= :k, mean_engagement_rate, null) as mean_engagement_rate,
  if(n_orgs >= :k, p50_engagement_rate, null) as p50_engagement_rate,
  n_orgs < :k as suppressed
from cells
