-- view: int_post_removed
-- materialize: checkpoint
-- comment: Posts the night's exports remove (docs/landing.md "Which row counts", docs/design.md §13). An export (one
-- comment: file, or zip member or sheet, of one format) covers, for each page it has rows of, the page-local publish
-- comment: days from its earliest to its latest row. A post of that page published on a covered day (stored in
-- comment: dw.dim_post, or in an earlier export of the night) is removed when, for every format with an export of
-- comment: the night covering that day, the latest such export (later export date, then later land run, then later
-- comment: path) does not list it. An export with quarantined rows (partial_files) covers nothing: a missing post may
-- comment: be one of its rejected rows. One row per removed post, with the export that no longer lists it.
with exports as (
  select org_id, platform, page_id, source_format, export_date, land_date, source_file,
    min(published_local_date) as covered_from, max(published_local_date) as covered_to
  from int_post_export_rows
  where published_local_date is not null
  group by org_id, platform, page_id, source_format, export_date, land_date, source_file
),
complete_exports as (
  select e.* from exports e
  left anti join partial_files q on q.path = e.source_file
),
night_posts as (
  select org_id, platform, page_id, post_id, published_local_date as day from (
    select r.*, row_number() over (partition by r.org_id, r.platform, r.post_id
                                   order by r.export_date desc, coalesce(p.priority, 99), r.land_date desc nulls last,
                                            r.source_file desc, r.source_row desc) as newest
    from int_post_export_rows r
    left join cfg_post_source_priority p on p.source_format = r.source_format
  ) where newest = 1
),
candidates as (
  select org_id, platform, page_id, post_id, day from night_posts where day is not null
  union all
  select d.org_id, d.platform, d.page_id, d.post_id, d.local_date as day
  from dw.dim_post d
  left semi join (select distinct org_id, platform, page_id from complete_exports) e
    on e.org_id = d.org_id and e.platform = d.platform and e.page_id = d.page_id
  left anti join night_posts n on n.org_id = d.org_id and n.platform = d.platform and n.post_id = d.post_id
  -- no export of the night covers an earlier day (a literal bound: Delta skips the files of older days)
  where d.local_date >= :cover_window_start
),
latest_covering as (
  select * from (
    select c.org_id, c.platform, c.page_id, c.post_id, c.day,
      e.source_format, e.export_date, e.land_date, e.source_file, e.covered_from, e.covered_to,
      row_number() over (partition by c.org_id, c.platform, c.post_id, e.source_format
                         order by e.export_date desc, e.land_date desc nulls last, e.source_file desc) as export_rank
    from candidates c
    join complete_exports e
      on e.org_id = c.org_id and e.platform = c.platform and e.page_id = c.page_id
     and c.day between e.covered_from and e.covered_to
  ) where export_rank = 1
),
listings as (
  select distinct org_id, platform, post_id, source_format, export_date, land_date, source_file from int_post_export_rows
),
verdicts as (
  select l.*, s.post_id is not null as listed
  from latest_covering l
  left join listings s
    on s.org_id = l.org_id and s.platform = l.platform and s.post_id = l.post_id and s.source_format = l.source_format
   and s.export_date = l.export_date and s.land_date <=> l.land_date and s.source_file = l.source_file
),
removed as (
  select
    org_id, platform, page_id, post_id, day as published_date,
    max_by(named_struct('file', source_file, 'export_date', export_date, 'format', source_format,
                        'covered_from', covered_from, 'covered_to', covered_to),
           named_struct('export_date', export_date, 'land_date', land_date, 'file', source_file)) as rb
  from verdicts
  group by org_id, platform, page_id, post_id, day
  having not bool_or(listed)
)
select
  org_id, platform, page_id, post_id, published_date,
  rb.file as removed_by_file, rb.export_date as removed_by_export_date, rb.format as removed_by_format,
  rb.covered_from as covered_from, rb.covered_to as covered_to
from removed
