-- table: bench.page_rank
-- comment: Each page's KPI against its cohort (the first fallback level with at least k organizations), ranked leave-one-out.
-- partition: month
-- write: slice month from touched_months
-- stats: org_id, page_id
-- column: page_id STRING | Platform page id.
-- column: platform STRING | Social platform.
-- column: org_id STRING | Organization owning the page.
-- column: month DATE | First day of the calendar month.
-- column: kpi STRING | KPI name, as the column of bench.page_month.
-- column: value DOUBLE | The page's KPI value (bench.page_month).
-- column: fallback_level INT | Level of the cohort used: the first whose bench.cohort_month row is not suppressed, else 3.
-- column: cohort_n_orgs BIGINT | Organizations with a value in the cohort used (the only cohort figure here besides the rank).
-- column: percentile_rank DOUBLE | 100 * (values below + half the values equal) / n over the cohort without the page's own organization; NULL when suppressed.
-- column: quartile INT | 1 (percentile_rank < 25) to 4 (>= 75); NULL with the rank.
-- column: delta_vs_median DOUBLE | value - the cohort's published p50 (bench.cohort_month); NULL when that p50 is withheld.
--
-- bench.page_rank: one row per page × KPI × month.
-- For each month of the view touched_months (from :first_month to :last_month, its earliest and latest). Parameter: :k (minimum distinct organizations).
-- The cohort a page uses is the first level of the ladder (0 → 3) whose cohort has at least :k
-- organizations with a value of the KPI; when no level has, the page uses level 3 (platform only), which is
-- suppressed, and its rank, quartile and delta are NULL.
-- percentile_rank = 100 × (count below + ½ count equal) ÷ n over the cohort's values without the pages of
-- the page's own organization (leave-one-out; socialbench.bench.PeerRank, SQL leave_one_out_rank).
-- quartile = 1 (bottom) … 4 (top) from percentile_rank (rank_quartile).
-- delta_vs_median = value − the cohort's published p50 (which includes the page's own organization; NULL
-- when bench.cohort_month suppresses it). An organization-level KPI (the funnel KPIs, the same for every page
-- of an organization on a platform) counts once per organization among the peers, as in bench.cohort_month.
-- The only cohort field published here is cohort_n_orgs (no mean, no page count).
-- distributed once by (month, kpi, platform): every window below partitions by a superset of these keys, so
-- this one shuffle serves them all
with ladder as (
  select * from int_bench_page_kpi_cohort where month between :first_month and :last_month and month in (select month from touched_months)
  distribute by month, kpi, platform
),

-- the page's own organization in its cohort, in one pass ordered by value: the counts of the organization's
-- values (all, up to and including the page's value, equal to it) and which page carries an organization-level
-- value among the peers. An organization-level KPI has one value per organization and platform, so it counts
-- once: at most 1 for each count, and only on the organization's first page (any of them: they tie on value)
own_counted as (
  select
    l.*,
    row_number() over (partition by month, kpi, fallback_level, industry, segment, platform, size_band, org_id
                       order by value asc nulls last) as page_in_org,
    count(value) over (partition by month, kpi, fallback_level, industry, segment, platform, size_band, org_id
                       order by value asc nulls last rows between unbounded preceding and unbounded following)
      as values_own,
    count(value) over (partition by month, kpi, fallback_level, industry, segment, platform, size_band, org_id
                       order by value asc nulls last range between unbounded preceding and current row)
      as up_to_values_own,
    count(value) over (partition by month, kpi, fallback_level, industry, segment, platform, size_band, org_id
                       order by value asc nulls last range between current row and current row) as equal_values_own
  from ladder l
),

peer_values as (
  select
    l.*,
    if(org_level and page_in_org > 1, null, value) as peer_value,
    if(org_level, least(values_own, 1), values_own) as n_own,
    if(org_level, least(up_to_values_own, 1), up_to_values_own) as up_to_own,
    if(org_level, least(equal_values_own, 1), equal_values_own) as equal_own
  from own_counted l
),

-- the same counts over the whole cohort (peer values: an organization-level value once). A page whose
-- organization-level value was counted on a sibling page (same value) gets that page's counts, hence its rank
counted as (
  select
    l.*,
    count(peer_value) over (partition by month, kpi, fallback_level, industry, segment, platform, size_band
                            order by value asc nulls last rows between unbounded preceding and unbounded following)
      as n_all,
    count(peer_value) over (partition by month, kpi, fallback_level, industry, segment, platform, size_band
                            order by value asc nulls last range between unbounded preceding and current row)
      as up_to_all,
    count(peer_value) over (partition by month, kpi, fallback_level, industry, segment, platform, size_band
                            order by value asc nulls last range between current row and current row) as equal_all
  from peer_values l
),

with_cohort as (
  select
    c.*,
    s.n_orgs as cohort_n_orgs,
    s.p50,
    s.suppressed,
    row_number() over (
      partition by c.month, c.page_id, c.platform, c.kpi
      order by if(not s.suppressed, c.fallback_level, 10 - c.fallback_level)) as preference
  from counted c
  join bench.cohort_month s
    on s.month = c.month
    and s.kpi = c.kpi
    and s.fallback_level = c.fallback_level
    and s.platform = c.platform
    and s.industry <=> c.industry
    and s.segment <=> c.segment
    and s.size_band <=> c.size_band
),

ranked as (
  select
    *,
    if(value is null or suppressed, null,
       leave_one_out_rank(up_to_all - equal_all, equal_all, n_all, up_to_own - equal_own, equal_own, n_own))
      as percentile_rank
  from with_cohort
)

select
  page_id,
  platform,
  org_id,
  month,
  kpi,
  value,
  fallback_level,
  cohort_n_orgs,
  percentile_rank,
  rank_quartile(percentile_rank) as quartile,
  value - p50 as delta_vs_median
from ranked
where preference = 1
