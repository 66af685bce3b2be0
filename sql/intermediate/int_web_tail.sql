-- view: int_web_tail
-- materialize: checkpoint
-- comment: The night's GA4 traffic per organization, day, source platform and campaign: for each organization
-- comment: and day the newest export carrying that day wins (later export date, then later land run, then later
-- comment: file path: one file per day, so overlapping exports count a day once); source / medium is mapped to a platform by
-- comment: socialbench.model.source-platforms (first matching rule; "other" when none matches). Every source row
-- comment: counts, also two rows with identical values.
with newest as (
  select org_id, date, max_by(source_file, struct(export_date, land_date, source_file)) as source_file
  from stg_ga4__traffic group by org_id, date
),
chosen as (
  select g.* from stg_ga4__traffic g
  join newest n on n.org_id = g.org_id and n.date = g.date and n.source_file = g.source_file
),
mapped as (
  select c.*, r.platform as matched_platform,
    row_number() over (partition by c.source_file, c.source_row order by r.rule_order) as rule_rank
  from chosen c
  left join cfg_source_platforms r on matches_pattern(c.source_medium, r.pattern)
)
select org_id, date, coalesce(matched_platform, 'other') as source_platform, campaign,
  sum(sessions) as sessions, sum(engaged_sessions) as engaged_sessions, sum(key_events) as form_submissions
from mapped
where rule_rank = 1
group by org_id, date, coalesce(matched_platform, 'other'), campaign
