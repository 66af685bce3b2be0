-- How many of an agency's clients (the temporary view agency_clients: one org_id per client) may sit in each
-- cohort of the month, per platform and fallback level: every client with a page on the platform whose
-- industry and segment (as of the month's last day) match the level's keys. The size band is ignored, so the
-- count is an upper bound; the agency's extract and report show a cohort statistic only when
-- n_orgs − n_clients ≥ k (docs/design.md §7). Used by `export` and `report`.
-- Parameter: :month_end.
with client_platforms as (
  select distinct o.org_id, o.industry, o.segment, p.platform
  from dw.dim_organization o
  join agency_clients c on c.org_id = o.org_id
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
