-- Report: every KPI of an organization's pages over a window of months, with the published statistics of
-- the cohort each page is ranked in (bench.page_rank's fallback level). Parameters: :org_id,
-- :from_month, :month_start (DATEs, first days of months).
select
  r.page_id,
  r.platform,
  r.month,
  r.kpi,
  r.value,
  r.fallback_level,
  r.cohort_n_orgs,
  c.n_pages as cohort_n_pages,
  r.percentile_rank,
  c.p25,
  c.p50,
  c.p75,
  coalesce(c.suppressed, true) as suppressed
from bench.page_rank r
join bench.page_month m
  on m.page_id = r.page_id
  and m.platform = r.platform
  and m.month = r.month
left join bench.cohort_month c
  on c.month = r.month
  and c.kpi = r.kpi
  and c.platform = r.platform
  and c.fallback_level = r.fallback_level
  and c.industry <=> if(r.fallback_level <= 2, m.industry, null)
  and c.segment <=> if(r.fallback_level <= 1, m.segment, null)
  and c.size_band <=> if(r.fallback_level = 0, m.size_band, null)
where r.org_id = :org_id
  and r.month between :from_month and :month_start
order by r.platform, r.page_id, r.kpi, r.month
