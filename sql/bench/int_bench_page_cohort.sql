-- view: int_bench_page_cohort
-- comment: The fallback ladder: one row per page × month × level of the cohorts the page belongs to, with the
-- comment: cohort's attributes (level 0 industry + segment + platform + size band, 1 without size band,
-- comment: 2 without segment, 3 platform only; an attribute the level drops is NULL). A page forms a level
-- comment: only when it knows the attributes the level keeps (no size band: no level-0 cohort). Attributes
-- comment: are those of bench.page_month (the organization's as of the month's last day).
-- Every page-based bench model takes its cohorts from here (bench.audience_quality uses levels 1-3);
-- bench.funnel_month ranks organizations, not pages, and forms its levels 1-3 from dw.dim_organization.
-- Computed once a run for the run's months (:first_month … :last_month, in the view touched_months): four models
-- and two views read it.
-- materialize: checkpoint
select
  m.page_id,
  m.platform,
  m.org_id,
  m.month,
  l.fallback_level,
  if(l.fallback_level <= 2, m.industry, null) as industry,
  if(l.fallback_level <= 1, m.segment, null) as segment,
  if(l.fallback_level = 0, m.size_band, null) as size_band
from bench.page_month m
cross join (select explode(array(0, 1, 2, 3)) as fallback_level) l
where (l.fallback_level >= 1 or m.size_band is not null)
  and (l.fallback_level >= 2 or m.segment is not null)
  and (l.fallback_level >= 3 or m.industry is not null)
  and m.month between :first_month and :last_month
  and m.month in (select month from touched_months)
