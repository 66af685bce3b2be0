-- table: bench.cohort_month
-- comment: Cohort statistics per KPI and month at every fallback level, under disclosure control: no mean or page count; quartiles need k organizations and no dominant organization, p10/p90 need 2k.
-- partition: month
-- write: slice month from touched_months
-- column: month DATE | First day of the calendar month.
-- column: kpi STRING | KPI name, as the column of bench.page_month.
-- column: industry STRING | Cohort industry; NULL at fallback level 3.
-- column: segment STRING | Cohort segment; NULL at fallback levels 2 and 3.
-- column: platform STRING | Cohort platform.
-- column: size_band STRING | Cohort size band; NULL at fallback levels 1 to 3.
-- column: fallback_level INT | 0 full cohort, 1 without size band, 2 without segment, 3 platform only.
-- column: n_orgs BIGINT | Distinct organizations with a value of the KPI in the cohort (organization-level funnel KPIs count once per organization).
-- column: p10 DOUBLE | 10th percentile (exact, linear interpolation); NULL unless n_orgs >= 2k and the row is not suppressed.
-- column: p25 DOUBLE | 25th percentile (exact, linear interpolation); NULL when suppressed.
-- column: p50 DOUBLE | Median (exact, linear interpolation); NULL when suppressed.
-- column: p75 DOUBLE | 75th percentile (exact, linear interpolation); NULL when suppressed.
-- column: p90 DOUBLE | 90th percentile (exact, linear interpolation); NULL unless n_orgs >= 2k and the row is not suppressed.
-- column: suppressed BOOLEAN | True when p25/p50/p75 are withheld: fewer than k organizations, or one organization holds more than half of the values.
-- column: suppressed_reason STRING | Why statistics of this row are withheld (docs/design.md §7): fewer than k organizations, one organization dominates (holds more than half of the values), too few for p10/p90 (p10 and p90 only; the quartiles are published); NULL when everything is published.
--
-- bench.cohort_month: one row per cohort × KPI × month, at every level of the fallback ladder
-- (0 industry+segment+platform+size band, 1 without size band, 2 without segment, 3 platform only).
-- For each month of the view touched_months (from :first_month to :last_month, its earliest and latest). Parameter: :k (minimum distinct organizations behind a published statistic).
-- A level is formed only from pages that know the attributes it keeps (a page without a size band has no
-- level-0 cohort). Statistics rest on the pages with a non-NULL value of the KPI; an organization-level KPI
-- (the funnel KPIs, the same for every page of an organization on a platform) counts once per organization.
-- Exact percentiles with linear interpolation (Spark's percentile). Disclosure control (docs/design.md §7,
-- socialbench.bench.DisclosureRule): p25/p50/p75 need :k organizations and no organization holding more
-- than half of the values; p10/p90 need 2 × :k organizations. No mean and no page count are published.
-- distributed once by (month, kpi, platform): the window and the grouping below both use a superset of these keys
with ladder as (
  select * from int_bench_page_kpi_cohort where month between :first_month and :last_month and month in (select month from touched_months)
  distribute by month, kpi, platform
),

-- one value per organization for organization-level KPIs (its pages repeat the same value); org_row 1 is the
-- organization's first row in the cohort, counted once in n_orgs
counted_values as (
  select
    *,
    count(value) over (partition by month, kpi, industry, segment, platform, size_band, fallback_level, org_id)
      as org_values
  from (
    select
      *,
      row_number() over (partition by month, kpi, industry, segment, platform, size_band, fallback_level, org_id
                         order by value is null, page_id) as org_row
    from ladder
  )
  where not org_level or org_row = 1
),

cohorts as (
  select
    month, kpi, industry, segment, platform, size_band, fallback_level,
    -- an organization's first row holds a value when any of its rows does (org_row orders nulls last)
    count_if(org_row = 1 and value is not null) as n_orgs,
    count(value) as n_values,
    coalesce(max(if(value is not null, org_values, null)), 0) as top_org_values,
    percentile(value, array(0.1D, 0.25D, 0.5D, 0.75D, 0.9D)) as pct
  from counted_values
  group by month, kpi, industry, segment, platform, size_band, fallback_level
),

disclosed as (
  select *, disclosed_percentiles(pct, n_orgs, n_values, top_org_values, :k) as d
  from cohorts
)

select month, kpi, industry, segment, platform, size_band, fallback_level, n_orgs, d.*
from disclosed
