-- Export: published topic benchmarks of the month. Rows are exported only when published (not suppressed) and
-- the cohort has at least :k organizations that are not the agency's clients (export_client_cohorts).
-- Parameters: :month_start, :k.
select b.*
from bench.topic_month b
left join export_client_cohorts c
  on c.platform = b.platform
  and c.fallback_level = b.fallback_level
  and c.industry <=> b.industry
  and c.segment <=> b.segment
where b.month = :month_start
  and not b.suppressed
  and b.n_orgs - coalesce(c.n_clients, 0) >= :k
order by b.topic, b.platform, b.fallback_level, b.industry, b.segment, b.size_band
