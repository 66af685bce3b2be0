-- table: dw.fct_page_daily
-- key: page_id, platform, date
-- comment: One row per page and day, dense from the page's first day with data to its last: follower total at
-- comment: day end (docs/design.md §4: a total the platform reports that day; else the last known total carried
-- comment: forward with the day's net change; else the pages.csv followers snapshot of that day), gains,
-- comment: losses, page impressions/reach/views and the number of posts published (page-local day).
-- write: slice date from int_page_daily_range
-- tracks: date
-- stats: org_id, platform, page_id, date
-- column: page_id STRING | Page id on its platform.
-- column: platform STRING | Platform code.
-- column: org_id STRING | Organization owning the page.
-- column: date DATE | Day (as the platform reports it, page-local).
-- column: followers BIGINT | Follower total at the end of the day (NULL until a total is known).
-- column: followers_gained BIGINT | New followers that day (NULL when not reported).
-- column: followers_lost BIGINT | Followers lost that day (NULL when not reported).
-- column: followers_net BIGINT | Net change: the platform's net figure, else gained - lost, else the change of reported totals.
-- column: impressions BIGINT | Page-level impressions that day (NULL when not reported).
-- column: reach BIGINT | Page-level reach that day (NULL when not reported).
-- column: page_views BIGINT | Page or profile views that day (NULL when not reported).
-- column: posts_published INT | Posts published that page-local day (from dw.dim_post).
-- column: followers_source STRING | Where the follower total comes from: reported, carried, snapshot (NULL when unknown).
with rng as (
  select * from int_page_daily_range
),
existing as (
  select * from int_page_daily_existing
),
pages as (
  select org_id, platform, page_id, min(date) as first_date, max(date) as last_date
  from (
    select org_id, platform, page_id, date from existing
    union all select org_id, platform, page_id, date from int_page_daily_tail
    union all select org_id, platform, page_id, date from int_page_post_days
    union all
    -- :fact_window_start lies before every organization's range: as a literal bound it keeps the reference
    -- history's older export dates from being read at all
    select s.org_id, s.platform, s.page_id, s.date
    from int_page_follower_snapshots s join rng on rng.org_id = s.org_id
    where s.date >= rng.from_date and s.date >= :fact_window_start
    union all
    -- a page with stored days older than the day before the range (existing starts there) starts its calendar
    -- at the range, as if those days were read: only their earliest date is needed
    select d.org_id, d.platform, d.page_id, min(d.date)
    from dw.fct_page_daily d join rng on rng.org_id = d.org_id
    where d.date < date_sub(rng.from_date, 1)
    group by d.org_id, d.platform, d.page_id
  )
  group by org_id, platform, page_id
),
calendar as (
  select p.org_id, p.platform, p.page_id, explode(sequence(greatest(p.first_date, r.from_date), p.last_date, interval 1 day)) as date
  from pages p join rng r on r.org_id = p.org_id
  where p.last_date >= r.from_date
),
posts as (
  select platform, page_id, local_date as date, count(*) as posts_published
  from dw.dim_post
  where local_date >= :fact_window_start
  group by platform, page_id, local_date
),
cells as (
  select c.org_id, c.platform, c.page_id, c.date, false as is_prior,
    coalesce(t.followers_reported, case when e.followers_source = 'reported' then e.followers end) as reported,
    cast(null as bigint) as prior_total,
    s.followers as snapshot,
    coalesce(t.followers_gained, e.followers_gained) as followers_gained,
    coalesce(t.followers_lost, e.followers_lost) as followers_lost,
    coalesce(
      case when t.date is not null then
        coalesce(t.followers_net_reported,
                 case when t.followers_gained is not null or t.followers_lost is not null
                      then coalesce(t.followers_gained, 0) - coalesce(t.followers_lost, 0) end) end,
      e.followers_net) as net,
    coalesce(t.impressions, e.impressions) as impressions,
    coalesce(t.reach, e.reach) as reach,
    coalesce(t.page_views, e.page_views) as page_views,
    coalesce(po.posts_published, 0) as posts_published
  from calendar c
  left join int_page_daily_tail t on t.platform = c.platform and t.page_id = c.page_id and t.date = c.date
  left join existing e on e.platform = c.platform and e.page_id = c.page_id and e.date = c.date
  left join (select * from int_page_follower_snapshots where date >= :fact_window_start) s
    on s.platform = c.platform and s.page_id = c.page_id and s.date = c.date
  left join posts po on po.platform = c.platform and po.page_id = c.page_id and po.date = c.date
),
prior as (
  select p.org_id, p.platform, p.page_id, e.date, true as is_prior,
    cast(null as bigint) as reported, e.followers as prior_total, cast(null as bigint) as snapshot,
    cast(null as bigint) as followers_gained, cast(null as bigint) as followers_lost, cast(null as bigint) as net,
    cast(null as bigint) as impressions, cast(null as bigint) as reach, cast(null as bigint) as page_views, 0 as posts_published
  from pages p
  join rng r on r.org_id = p.org_id
  join existing e on e.platform = p.platform and e.page_id = p.page_id and e.date = date_sub(r.from_date, 1)
  where e.followers is not null
),
seq as (
  select * from cells union all select * from prior
),
anchored as (
  select s.*,
    coalesce(reported, prior_total,
      case when max(case when coalesce(reported, prior_total, snapshot) is not null then 1 end)
                  over (partition by platform, page_id order by date rows between unbounded preceding and 1 preceding) is null
           then snapshot end) as anchor
  from seq s
),
grouped as (
  select a.*, count(anchor) over (partition by platform, page_id order by date rows between unbounded preceding and current row) as anchor_group
  from anchored a
),
totals as (
  select g.*,
    case when anchor_group > 0 then
      first_value(anchor) over (partition by platform, page_id, anchor_group order by date)
      + sum(case when anchor is null then coalesce(net, 0) else 0 end)
          over (partition by platform, page_id, anchor_group order by date rows between unbounded preceding and current row)
    end as followers
  from grouped g
),
final as (
  select t.*, lag(followers) over (partition by platform, page_id order by date) as followers_before
  from totals t
)
select
  page_id, platform, org_id, date, followers, followers_gained, followers_lost,
  coalesce(net, case when reported is not null then followers - followers_before end) as followers_net,
  impressions, reach, page_views, posts_published,
  case when reported is not null then 'reported'
       when anchor is not null then 'snapshot'
       when followers is not null then 'carried' end as followers_source
from final
where not is_prior
