-- Export: published best-time cells of the month (never a suppressed cell). Parameter: :month_start.
select *
from bench.best_time
where month = :month_start
  and not suppressed
order by platform, fallback_level, industry, segment, size_band, local_day_of_week, local_hour
