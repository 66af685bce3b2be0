-- Export: the clients' posts judged on their objective (bench.post_objective_month). cohort_p50 and
-- delta_vs_median are exported only when the peer cohort has at least :k organizations that are not the
-- agency's clients (export_client_page_cohorts); otherwise NULL. Parameters: :month_start, :k.
select
  o.post_id,
  o.platform,
  o.page_id,
  o.org_id,
  o.month,
  o.objective,
  o.kpi,
  o.value,
  o.fallback_level,
  o.cohort_n_orgs,
  if(outside, o.cohort_p50, null) as cohort_p50,
  o.percentile_rank,
  o.quartile,
  if(outside, o.delta_vs_median, null) as delta_vs_median,
  o.suppressed,
  o.suppressed_reason
from (
  select
    o.*,
    o.cohort_n_orgs - pc.n_clients >= :k as outside
  from bench.post_objective_month o
  join export_clients c on c.org_id = o.org_id
  join export_client_page_cohorts pc
    on pc.page_id = o.page_id
    and pc.platform = o.platform
    and pc.month = o.month
    and pc.fallback_level = o.fallback_level
  where o.month = :month_start
) o
order by o.platform, o.post_id
