-- Export: published topic benchmarks of the month (never a suppressed row). Parameter: :month_start.
select *
from bench.topic_month
where month = :month_start
  and not suppressed
order by topic, platform, fallback_level, industry, segment, size_band
