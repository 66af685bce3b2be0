-- best_time_heatmap: the published cells of bench.best_time with the day's name and each cell's rank in
-- its cohort (1 = highest mean engagement rate), ready for a day-of-week × hour heatmap.
create or replace temporary view best_time_heatmap as
select
  b.month,
  b.industry,
  b.segment,
  b.platform,
  b.size_band,
  b.fallback_level,
  b.local_day_of_week,
  case b.local_day_of_week
    when 1 then 'Monday' when 2 then 'Tuesday' when 3 then 'Wednesday' when 4 then 'Thursday'
    when 5 then 'Friday' when 6 then 'Saturday' when 7 then 'Sunday'
  end as day_name,
  b.local_hour,
  b.n_orgs,
  b.n_posts,
  b.mean_engagement_rate,
  b.p50_engagement_rate,
  rank() over (
    partition by b.month, b.industry, b.segment, b.platform, b.size_band, b.fallback_level
    order by b.mean_engagement_rate desc) as rank_in_cohort
from bench.best_time b
where not b.suppressed
