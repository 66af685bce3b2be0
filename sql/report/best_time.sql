-- Report: the best-time cells (local day of week x hour) of the cohort a page is ranked in for
-- engagement_rate_followers, at that fallback level. Parameters: :page_id, :platform, :month_start, :level.
select
  b.local_day_of_week,
  b.local_hour,
  b.n_orgs,
  b.n_posts,
  b.mean_engagement_rate,
  b.suppressed
from bench.best_time b
join bench.page_month m
  on m.month = b.month
  and m.platform = b.platform
  and b.industry <=> if(:level <= 2, m.industry, null)
  and b.segment <=> if(:level <= 1, m.segment, null)
  and b.size_band <=> if(:level = 0, m.size_band, null)
where m.page_id = :page_id
  and m.platform = :platform
  and m.month = :month_start
  and b.fallback_level = :level
order by b.local_day_of_week, b.local_hour
