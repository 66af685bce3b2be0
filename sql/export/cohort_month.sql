-- Export: published cohort statistics of the month (never a suppressed row). Parameter: :month_start.
select *
from bench.cohort_month
where month = :month_start
  and not suppressed
order by kpi, platform, fallback_level, industry, segment, size_band
