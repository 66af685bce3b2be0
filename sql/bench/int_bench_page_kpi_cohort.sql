-- view: int_bench_page_kpi_cohort
-- comment: Each page's KPI values (int_bench_page_kpi) in every cohort of the ladder the page belongs to
-- comment: (int_bench_page_cohort): one row per page × month × KPI × fallback level, with the cohort's
-- comment: attributes (NULL where the level drops them) and org_level as in int_bench_page_kpi.
-- Used by bench.cohort_month (statistics per cohort) and bench.page_rank (each page against its cohort);
-- Computed once a run for the run's months (those of int_bench_page_cohort; the bounds prune bench.page_month).
-- materialize: checkpoint
select
  v.page_id,
  v.platform,
  v.org_id,
  v.month,
  v.kpi,
  v.value,
  v.org_level,
  c.fallback_level,
  c.industry,
  c.segment,
  c.size_band
from int_bench_page_kpi v
join int_bench_page_cohort c
  on c.page_id = v.page_id
  and c.platform = v.platform
  and c.month = v.month
where v.month between :first_month and :last_month
