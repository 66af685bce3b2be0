-- Report: how many organizations of the report's agency (every organization with the same agency_id as
-- :org_id on the month's last day; none when :org_id has no agency) may sit in each cohort, per platform and
-- fallback level: those with a page on the platform whose industry and segment match the level's keys. The
-- size band is ignored, so the count is an upper bound; a cohort statistic is shown only when n_orgs −
-- n_clients ≥ k (docs/design.md §7). Registered as the temporary view report_client_cohorts.
-- Parameters: :org_id, :month_end.
with agency as (
  select agency_id
  from dw.dim_organization
  where org_id = :org_id
    and agency_id is not null
    and valid_from <= :month_end
    and (valid_to is null or :month_end < valid_to)
),

client_platforms as (
  select distinct o.org_id, o.industry, o.segment, p.platform
  from dw.dim_organization o
  join agency a on a.agency_id = o.agency_id
  join dw.dim_page p
    on p.org_id = o.org_id
    and p.valid_from <= :month_end
    and (p.valid_to is null or :month_end < p.valid_to)
  where o.valid_from <= :month_end
    and (o.valid_to is null or :month_end < o.valid_to)
),

by_level as (
  select
    platform,
    industry,
    segment,
    grouping_id() as grouping,
    count(distinct org_id) as n_clients
  from client_platforms
  group by grouping sets ((platform, industry, segment), (platform, industry), (platform))
)

select
  platform,
  industry,
  segment,
  l.fallback_level,
  n_clients
from by_level
join (select explode(array(0, 1, 2, 3)) as fallback_level) l
  on (l.fallback_level <= 1 and grouping = 0)
  or (l.fallback_level = 2 and grouping = 1)
  or (l.fallback_level = 3 and grouping = 3)
