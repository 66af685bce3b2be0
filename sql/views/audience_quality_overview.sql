-- audience_quality_overview: follower size against engagement per page and month, with the month's
-- follower growth and posting rhythm for context; only pages whose cohort is published (k organizations).
create or replace temporary view audience_quality_overview as
select
  a.org_id,
  a.page_id,
  a.platform,
  a.month,
  a.industry,
  a.segment,
  a.followers_start,
  m.followers_end,
  m.follower_growth_rate,
  m.posts_per_week,
  a.engagement_rate_followers,
  a.follower_size_percentile,
  a.engagement_percentile,
  a.follower_size_percentile - a.engagement_percentile as size_engagement_gap,
  a.is_hollow,
  a.fallback_level,
  a.cohort_n_orgs
from bench.audience_quality a
join bench.page_month m
  on m.page_id = a.page_id
  and m.platform = a.platform
  and m.month = a.month
where not a.suppressed
