-- Hollow audiences: pages with a large following (top quartile of their cohort) but bottom-quartile
-- engagement per follower in a month. Parameter: :month_start (DATE).
select
  org_id,
  page_id,
  platform,
  followers_start,
  engagement_rate_followers,
  follower_size_percentile,
  engagement_percentile,
  fallback_level,
  cohort_n_orgs
from bench.audience_quality
where month = :month_start
  and is_hollow
order by follower_size_percentile - engagement_percentile desc, page_id
