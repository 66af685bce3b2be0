-- Export: published cohort funnels of the month (never a suppressed row). Parameter: :month_start.
select *
from bench.funnel_month
where month = :month_start
  and not suppressed
order by platform, fallback_level, industry, segment
