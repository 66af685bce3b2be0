-- Report: every KPI of an organization's pages over a window of months, with the published statistics of
-- the cohort each page is ranked in: the analyst view client_vs_industry (sql/views), which resolves
-- bench.page_rank's fallback level to its bench.cohort_month row. A cohort with fewer than :k organizations
-- outside the report's agency (report_client_cohorts) shows no statistic and no rank either.
-- Parameters: :org_id, :from_month, :month_start (DATEs, first days of months), :k.
with rows as (
  select
    v.*,
    v.cohort_n_orgs - coalesce(c.n_clients, 0) >= :k as enough_outside
  from client_vs_industry v
  left join report_client_cohorts c
    on c.platform = v.platform
    and c.fallback_level = v.fallback_level
    and c.industry <=> if(v.fallback_level <= 2, v.industry, null)
    and c.segment <=> if(v.fallback_level <= 1, v.segment, null)
  where v.org_id = :org_id
    and v.month between :from_month and :month_start
)

select
  page_id,
  platform,
  month,
  kpi,
  value,
  fallback_level,
  cohort_n_orgs,
  if(enough_outside, percentile_rank, null) as percentile_rank,
  if(enough_outside, cohort_p25, null) as p25,
  if(enough_outside, cohort_p50, null) as p50,
  if(enough_outside, cohort_p75, null) as p75,
  cohort_suppressed or not enough_outside as suppressed,
  case
    when cohort_suppressed then coalesce(cohort_suppressed_reason, 'fewer than k organizations')
    when not enough_outside then 'fewer than k organizations outside the agency''s clients'
  end as suppressed_reason
from rows
order by platform, page_id, kpi, month
