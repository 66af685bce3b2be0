-- Client vs industry per KPI: one organization's pages in a month against the median and interquartile
-- band of their cohorts (needs the client_vs_industry view). Parameters: :month_start (DATE), :org_id.
select
  page_id,
  platform,
  kpi,
  value,
  cohort_p25,
  cohort_p50,
  cohort_p75,
  percentile_rank,
  quartile,
  fallback_level,
  cohort_n_orgs
from client_vs_industry
where org_id = :org_id
  and month = :month_start
order by platform, page_id, kpi
