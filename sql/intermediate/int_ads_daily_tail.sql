-- view: int_ads_daily_tail
-- materialize: checkpoint
-- comment: The night's ad spend per organization and day: each campaign row's spend is spread evenly over the
-- comment: days of its reporting period; for a campaign and day the newest export covering that day wins (later
-- comment: export date, then later land run, file path and row). The
-- comment: spend belongs to socialbench.model.ads-platform.
with days as (
  select org_id, export_date, land_date, source_file, source_row, campaign_key,
    explode(sequence(reporting_start, reporting_end, interval 1 day)) as date,
    spend / (datediff(reporting_end, reporting_start) + 1) as spend_per_day
  from stg_ads__campaigns
  where reporting_end >= reporting_start
),
newest as (
  select * from (
    select d.*, row_number() over (partition by org_id, campaign_key, date
                       order by export_date desc, land_date desc nulls last, source_file desc, source_row desc) as export_rank from days d
  ) where export_rank = 1
)
select org_id, :ads_platform as platform, date, if(count(spend_per_day) = 0, cast(null as double), aggregate(array_sort(collect_list(cast(spend_per_day as double))), 0D, (acc, v) -> acc + v)) as spend
from newest
group by org_id, date
