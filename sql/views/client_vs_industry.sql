-- client_vs_industry: each page's KPI next to the published statistics of the cohort it is ranked in
-- (bench.page_rank's fallback level), one row per page × month × KPI. Suppressed cohorts show NULL bands.
create or replace temporary view client_vs_industry as
select
  r.org_id,
  r.page_id,
  r.platform,
  r.month,
  r.kpi,
  r.value,
  m.industry,
  m.segment,
  m.size_band,
  r.fallback_level,
  r.cohort_n_orgs,
  c.p25 as cohort_p25,
  c.p50 as cohort_p50,
  c.p75 as cohort_p75,
  r.percentile_rank,
  r.quartile,
  r.delta_vs_median,
  m.is_final
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
