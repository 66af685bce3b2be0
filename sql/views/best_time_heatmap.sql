-- best_time_heatmap: the published cells of bench.best_time with the day's name and each cell's rank in
-- its cohort (1 = highest median engagement rate), ready for a day-of-week × hour heatmap. Posts without a
-- time of day are not in any cell: posts_without_hour_share says which share of the cohort's posts that is.
create or replace temporary view best_time_heatmap (
  month comment 'First day of the calendar month.',
  industry comment 'Cohort industry; NULL at fallback level 3.',
  segment comment 'Cohort segment; NULL at fallback levels 2 and 3.',
  platform comment 'Cohort platform.',
  size_band comment 'Cohort size band; NULL at fallback levels 1 to 3.',
  fallback_level comment '0 full cohort, 1 without size band, 2 without segment, 3 platform only.',
  local_day_of_week comment 'Day of week in the page\'s time zone (1 = Monday ... 7 = Sunday).',
  day_name comment 'Name of local_day_of_week (Monday ... Sunday).',
  local_hour comment 'Hour of day in the page\'s time zone (0-23).',
  n_orgs comment 'Organizations with posts in this cell.',
  p50_engagement_rate comment 'Median of day-7 engagements / followers at publish.',
  posts_without_hour_share comment 'Share of the cohort\'s posts without a time of day (date-only exports), left out of every cell.',
  rank_in_cohort comment 'Rank of the cell in its cohort by median engagement rate (1 = best, ties share a rank).'
)
comment 'Published cells of bench.best_time with the day\'s name and each cell\'s rank in its cohort (1 = highest median engagement rate).'
as
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
  b.p50_engagement_rate,
  b.posts_without_hour_share,
  rank() over (
    partition by b.month, b.industry, b.segment, b.platform, b.size_band, b.fallback_level
    order by b.p50_engagement_rate desc) as rank_in_cohort
from bench.best_time b
where not b.suppressed
  and b.local_hour is not null
