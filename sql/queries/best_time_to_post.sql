-- Best time to post for a cohort: the five best published day-of-week × hour cells of an industry on a
-- platform (fallback level 2: industry + platform). Parameters: :month_start (DATE), :industry, :platform.
select
  day_name,
  local_hour,
  p50_engagement_rate,
  n_orgs,
  posts_without_hour_share
from best_time_heatmap
where month = :month_start
  and fallback_level = 2
  and industry = :industry
  and platform = :platform
order by rank_in_cohort, local_day_of_week, local_hour
limit 5
