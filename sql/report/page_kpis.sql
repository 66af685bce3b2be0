-- Report: every KPI of an organization's pages over a window of months, with the published statistics of
-- the cohort each page is ranked in: the analyst view client_vs_industry (sql/views), which resolves
-- bench.page_rank's fallback level to its bench.cohort_month row. Parameters: :org_id, :from_month,
-- :month_start (DATEs, first days of months).
select
  page_id,
  platform,
  month,
  kpi,
  value,
  fallback_level,
  cohort_n_orgs,
  cohort_n_pages,
  percentile_rank,
  cohort_p25 as p25,
  cohort_p50 as p50,
  cohort_p75 as p75,
  cohort_suppressed as suppressed
from client_vs_industry
where org_id = :org_id
  and month between :from_month and :month_start
order by platform, page_id, kpi, month
