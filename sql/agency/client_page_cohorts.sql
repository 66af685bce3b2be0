-- How many of an agency's clients (export_client_cohorts, from client_cohorts.sql) may sit in each cohort a
-- page of the month belongs to: one row per page of bench.page_month × fallback level 0-3, the level's
-- cohort taken from the page's industry and segment (NULL where the level drops them), n_clients 0 when no
-- client is in it. An exported rank or cohort figure of a page's row is shown only when the cohort used
-- (its fallback_level) has at least :k organizations besides those clients: cohort_n_orgs − n_clients ≥ k
-- (docs/design.md §7). Used by `export` (page_rank, post_objective_month). Parameter: :month_start.
select
  m.page_id,
  m.platform,
  m.month,
  l.fallback_level,
  coalesce(cc.n_clients, 0) as n_clients
from bench.page_month m
cross join (select explode(array(0, 1, 2, 3)) as fallback_level) l
left join export_client_cohorts cc
  on cc.platform = m.platform
  and cc.fallback_level = l.fallback_level
  and cc.industry <=> if(l.fallback_level <= 2, m.industry, null)
  and cc.segment <=> if(l.fallback_level <= 1, m.segment, null)
where m.month = :month_start
