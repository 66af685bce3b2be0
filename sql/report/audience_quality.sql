-- Report: audience quality (follower size against engagement) of an organization's pages in the month.
-- Parameters: :org_id, :month_start.
select
  page_id,
  platform,
  followers_start,
  engagement_rate_followers,
  fallback_level,
  cohort_n_orgs,
  follower_size_percentile,
  engagement_percentile,
  is_hollow,
  suppressed
from bench.audience_quality
where org_id = :org_id
  and month = :month_start
order by platform, page_id
