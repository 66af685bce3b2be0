-- Report: the best-time cells (local day of week x hour) of the cohort a page is ranked in for
-- engagement_rate_followers, at that fallback level, and the share of the cohort's posts that have no time of
-- day (date-only exports; the row with NULL day and hour carries it when no cell exists). A cohort with fewer
-- than :k organizations outside the report's agency (report_client_cohorts) shows no cell.
-- Parameters: :page_id, :platform, :month_start, :level, :k.
select
  b.local_day_of_week,
  b.local_hour,
  b.n_orgs,
  if(enough_outside, b.p50_engagement_rate, null) as p50_engagement_rate,
  if(enough_outside, b.posts_without_hour_share, null) as posts_without_hour_share,
  b.suppressed or not enough_outside as suppressed
from (
  select
    b.*,
    b.n_orgs - coalesce(c.n_clients, 0) >= :k as enough_outside
  from bench.best_time b
  join bench.page_month m
    on m.month = b.month
    and m.platform = b.platform
    and b.industry <=> if(:level <= 2, m.industry, null)
    and b.segment <=> if(:level <= 1, m.segment, null)
    and b.size_band <=> if(:level = 0, m.size_band, null)
  left join report_client_cohorts c
    on c.platform = b.platform
    and c.fallback_level = b.fallback_level
    and c.industry <=> b.industry
    and c.segment <=> b.segment
  where m.page_id = :page_id
    and m.platform = :platform
    and m.month = :month_start
    and b.fallback_level = :level
) b
order by b.local_day_of_week nulls first, b.local_hour nulls first
