-- client_vs_industry: each page's KPI next to the published statistics of the cohort it is ranked in
-- (bench.page_rank's fallback level), one row per page × month × KPI. Suppressed cohorts show NULL bands.
create or replace temporary view client_vs_industry (
  org_id comment 'Organization owning the page.',
  page_id comment 'Platform page id.',
  platform comment 'Social platform.',
  month comment 'First day of the calendar month.',
  kpi comment 'KPI name, as the column of bench.page_month.',
  value comment 'The page\'s KPI value (bench.page_month).',
  industry comment 'Organization\'s industry as of the month\'s last day.',
  segment comment 'Organization\'s segment as of the month\'s last day.',
  size_band comment 'Followers at month start: xs, s, m, l, xl; NULL when unknown.',
  fallback_level comment 'Level of the cohort the page is ranked in: 0 full cohort, 1 without size band, 2 without segment, 3 platform only.',
  cohort_n_orgs comment 'Organizations with a value in that cohort.',
  cohort_suppressed comment 'True when the cohort\'s statistics are withheld (disclosure control, or no row).',
  cohort_suppressed_reason comment 'Why statistics are withheld: fewer than k organizations, one organization dominates, too few for p10/p90.',
  cohort_p25 comment '25th percentile of the cohort; NULL when suppressed.',
  cohort_p50 comment 'Median of the cohort; NULL when suppressed.',
  cohort_p75 comment '75th percentile of the cohort; NULL when suppressed.',
  percentile_rank comment 'Leave-one-out percentile rank of the value in the cohort (0-100); NULL when suppressed.',
  quartile comment '1 (rank < 25) to 4 (rank >= 75); NULL with the rank.',
  delta_vs_median comment 'value - the cohort\'s published median; NULL when suppressed.',
  is_final comment 'True once the month\'s posts all have their day-7 metrics.'
)
comment 'Each page\'s KPI per month next to the published p25/p50/p75 of the cohort it is ranked in (bench.page_rank\'s fallback level); NULL bands for suppressed cohorts.'
as
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
  coalesce(c.suppressed, true) as cohort_suppressed,
  c.suppressed_reason as cohort_suppressed_reason,
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
