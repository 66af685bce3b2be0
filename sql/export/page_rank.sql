-- Export: the clients' page ranks of the month (bench.page_rank). delta_vs_median (value − the cohort's p50)
-- is exported only when the cohort has at least :k organizations that are not the agency's clients
-- (export_client_page_cohorts); otherwise it is NULL. Parameters: :month_start, :k.
select
  r.page_id,
  r.platform,
  r.org_id,
  r.month,
  r.kpi,
  r.value,
  r.fallback_level,
  r.cohort_n_orgs,
  r.percentile_rank,
  r.quartile,
  if(r.cohort_n_orgs - pc.n_clients >= :k, r.delta_vs_median, null) as delta_vs_median
from bench.page_rank r
join export_clients c on c.org_id = r.org_id
join export_client_page_cohorts pc
  on pc.page_id = r.page_id
  and pc.platform = r.platform
  and pc.month = r.month
  and pc.fallback_level = r.fallback_level
where r.month = :month_start
order by r.platform, r.page_id, r.kpi
