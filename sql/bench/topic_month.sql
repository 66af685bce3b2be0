-- bench.topic_month: topic benchmarks. Per topic of dw.dim_post.topics and cohort (every level of the
-- ladder), the quartiles of the engagement rate of the month's posts on that topic (day-7 engagements ÷
-- followers at publish). A post with several topics counts in each. Disclosure control
-- (socialbench.bench.DisclosureRule) over the posts' values; no mean, page or post count is published.
-- Parameters: :month_start (DATE), :k.
with post_topics as (
  select
    p.org_id,
    m.month,
    m.industry,
    m.segment,
    m.platform,
    m.size_band,
    topic,
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
  lateral view explode(d.topics) t as topic
  where p.published_date between :month_start and last_day(:month_start)
),

ladder as (
  select
    r.month,
    r.topic,
    r.org_id,
    r.engagement_rate,
    l.fallback_level,
    if(l.fallback_level <= 2, r.industry, null) as industry,
    if(l.fallback_level <= 1, r.segment, null) as segment,
    r.platform,
    if(l.fallback_level = 0, r.size_band, null) as size_band
  from post_topics r
  cross join (select explode(array(0, 1, 2, 3)) as fallback_level) l
  where (l.fallback_level >= 1 or r.size_band is not null)
    and (l.fallback_level >= 2 or r.segment is not null)
    and (l.fallback_level >= 3 or r.industry is not null)
),

counted as (
  select
    *,
    count(engagement_rate) over (partition by month, topic, industry, segment, platform, size_band, fallback_level,
                                 org_id) as org_values
  from ladder
),

topics as (
  select
    month, topic, industry, segment, platform, size_band, fallback_level,
    count(distinct if(engagement_rate is not null, org_id, null)) as n_orgs,
    count(engagement_rate) as n_values,
    coalesce(max(if(engagement_rate is not null, org_values, null)), 0) as top_org_values,
    percentile(engagement_rate, array(0.25D, 0.5D, 0.75D)) as pct
  from counted
  group by month, topic, industry, segment, platform, size_band, fallback_level
),

disclosed as (
  select *, disclosure_reason(n_orgs, n_values, top_org_values, :k) as reason
  from topics
)

select
  month,
  topic,
  industry,
  segment,
  platform,
  size_band,
  fallback_level,
  n_orgs,
  if(reason is null, pct[0], null) as p25_engagement_rate,
  if(reason is null, pct[1], null) as p50_engagement_rate,
  if(reason is null, pct[2], null) as p75_engagement_rate,
  reason is not null as suppressed,
  reason as suppressed_reason
from disclosed
