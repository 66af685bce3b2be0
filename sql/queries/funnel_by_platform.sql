-- Funnel by platform across all organizations (bench.funnel_month, fallback level 3 = platform only): the
-- quartiles of the organizations' own rates; a withheld figure shows NULL and says why
-- (suppressed_reason). Parameter: :month_start (DATE).
select
  platform,
  kpi,
  n_orgs,
  p25,
  p50,
  p75,
  suppressed_reason
from bench.funnel_month
where month = :month_start
  and fallback_level = 3
order by platform, kpi
