-- Funnel by platform with ROI across all organizations (bench.funnel_month, fallback level 3 = platform
-- only); suppressed platforms (fewer than k organizations) show NULL figures. Parameter: :month_start (DATE).
select
  platform,
  n_orgs,
  sessions,
  leads,
  customers,
  lead_rate,
  mql_rate,
  customer_rate,
  cost_per_lead,
  roi,
  suppressed
from bench.funnel_month
where month = :month_start
  and fallback_level = 3
order by roi desc nulls last, platform
