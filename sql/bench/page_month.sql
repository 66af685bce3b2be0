-- table: bench.page_month
-- comment: KPIs of docs/design.md §6 per social page and month; post metrics at day 7 after publishing; a KPI with a zero or missing denominator is NULL.
-- partition: month
-- write: slice month from touched_months
-- stats: org_id, page_id
-- column: page_id STRING | Platform page id.
-- column: platform STRING | Social platform (facebook, instagram, linkedin, x, youtube, tiktok).
-- column: org_id STRING | Organization owning the page (dw.dim_page as of the month's last day).
-- column: month DATE | First day of the calendar month (UTC).
-- column: industry STRING | Organization's industry as of the month's last day (dw.dim_organization).
-- column: segment STRING | Organization's segment as of the month's last day (dw.dim_organization).
-- column: size_band STRING | Followers at month start: xs <1k, s 1k-10k, m 10k-100k, l 100k-1M, xl >=1M; NULL when unknown.
-- column: followers_start BIGINT | Followers at the previous month's end (latest known total on or before it), else the first known total in the month.
-- column: followers_end BIGINT | Followers at the month's end (latest known total on or before the month's last day).
-- column: posts BIGINT | Posts published in the month (UTC publish date).
-- column: is_final BOOLEAN | True once the month is over by 7 days and every post of the page in it has its day-7 snapshot.
-- column: engagement_rate_followers DOUBLE | Mean over the month's posts of day-7 engagements / followers on the publish date.
-- column: engagement_rate_reach DOUBLE | Sum of day-7 engagements / sum of day-7 reach (posts reporting both).
-- column: engagement_rate_impressions DOUBLE | Sum of day-7 engagements / sum of day-7 impressions (posts reporting both).
-- column: click_through_rate DOUBLE | Sum of day-7 clicks / sum of day-7 impressions (posts reporting both).
-- column: video_view_rate DOUBLE | Sum of day-7 video views / sum of day-7 impressions over video and reel posts.
-- column: follower_growth_rate DOUBLE | (Followers at month end - followers at previous month end) / followers at previous month end.
-- column: follower_churn_rate DOUBLE | Followers lost in the month / followers at previous month end.
-- column: posts_per_week DOUBLE | Posts / (days in month / 7).
-- column: lead_rate DOUBLE | Leads / sessions from this platform for the page's organization (dw.fct_conversion_daily).
-- column: mql_rate DOUBLE | MQLs / leads from this platform for the page's organization.
-- column: customer_rate DOUBLE | Customers / leads from this platform for the page's organization.
-- column: cost_per_lead DOUBLE | Spend / leads on this platform for the page's organization.
-- column: roi DOUBLE | (Revenue - spend) / spend on this platform for the page's organization.
--
-- bench.page_month: one row per social page × month with every KPI of docs/design.md §6, for each month of the
-- view touched_months (the months the night recomputes, registered by socialbench.bench.BenchStage).
-- Parameters: :as_of_date (DATE, the logical date D); :first_month and :last_month (DATE, the earliest and the
-- latest touched month: literal bounds that let Delta skip files of dw.fct_post outside them).
-- Post metrics are taken at day 7 (dw.fct_post *_d7). A KPI with a zero or missing denominator is NULL.
-- A post counts in the month of its page-local publish day (dw.fct_post.published_date).
-- Only the benchmarked platforms count: those of dw.dim_platform (socialbench.model.platforms), never a list here.
-- is_final: D is at least 7 days after the month's last day, or the month was already final in bench.page_month
-- (view stored_page_months, registered by TouchedMonths): re-running an older night never un-finalizes a month.
-- roi counts revenue as 0 when the month has spend and CRM figures but no customer was won (roi = -1).
-- Means and sums of DOUBLEs add the values in sorted order (aggregate over array_sort) instead of avg/sum,
-- whose result depends on how rows fall into tasks: a re-run must give bit-identical numbers.
with bounds as (
  select
    month,
    last_day(month) as month_last_day,
    date_sub(month, 1) as prev_month_last_day,
    day(last_day(month)) as days_in_month
  from touched_months
),

month_posts as (
  select
    b.month,
    p.page_id,
    p.platform,
    p.org_id,
    p.engagements_d7 / nullif(p.followers_at_publish, 0) as engagement_rate,
    -- pairwise-complete sums: a post counts in a ratio only when it reports both numerator and denominator
    if(p.engagements_d7 is not null and p.reach_d7 is not null, p.engagements_d7, null) as eng_with_reach,
    if(p.engagements_d7 is not null and p.reach_d7 is not null, p.reach_d7, null) as reach_with_eng,
    if(p.engagements_d7 is not null and p.impressions_d7 is not null, p.engagements_d7, null) as eng_with_impr,
    if(p.engagements_d7 is not null and p.impressions_d7 is not null, p.impressions_d7, null) as impr_with_eng,
    if(p.clicks_d7 is not null and p.impressions_d7 is not null, p.clicks_d7, null) as clicks_with_impr,
    if(p.clicks_d7 is not null and p.impressions_d7 is not null, p.impressions_d7, null) as impr_with_clicks,
    if(p.post_type in ('video', 'reel') and p.video_views_d7 is not null and p.impressions_d7 is not null,
       p.video_views_d7, null) as views_of_videos,
    if(p.post_type in ('video', 'reel') and p.video_views_d7 is not null and p.impressions_d7 is not null,
       p.impressions_d7, null) as impr_of_videos
  from dw.fct_post p
  join bounds b
    on p.published_date between b.month and b.month_last_day
  where p.published_date between :first_month and last_day(:last_month)
    and p.platform in (select platform from dw.dim_platform)
),

post_kpis as (
  select
    month,
    page_id,
    platform,
    count(*) as posts,
    aggregate(array_sort(collect_list(engagement_rate)), 0D, (acc, v) -> acc + v) / nullif(count(engagement_rate), 0) as engagement_rate_followers,
    sum(eng_with_reach) / nullif(sum(reach_with_eng), 0) as engagement_rate_reach,
    sum(eng_with_impr) / nullif(sum(impr_with_eng), 0) as engagement_rate_impressions,
    sum(clicks_with_impr) / nullif(sum(impr_with_clicks), 0) as click_through_rate,
    sum(views_of_videos) / nullif(sum(impr_of_videos), 0) as video_view_rate
  from month_posts
  group by month, page_id, platform
),

-- the touched months' own page days, and one stand-in row per page for the days before the earliest of them:
-- its latest known follower total, dated the day it was known. followers_prev_end needs nothing else of the
-- older days, so they are read once, not once per month.
follower_days as (
  select page_id, platform, date, followers, followers_lost
  from dw.fct_page_daily
  where date between :first_month and last_day(:last_month)
    and platform in (select platform from dw.dim_platform)
  union all
  select page_id, platform, max(date) as date, max_by(followers, date) as followers, cast(null as bigint) as followers_lost
  from dw.fct_page_daily
  where date < :first_month
    and followers is not null
    and platform in (select platform from dw.dim_platform)
  group by page_id, platform
),

follower_history as (
  select
    b.month,
    d.page_id,
    d.platform,
    max_by(d.followers, d.date) filter (where d.followers is not null and d.date <= b.prev_month_last_day)
      as followers_prev_end,
    max_by(d.followers, d.date) filter (where d.followers is not null and d.date >= b.month) as followers_last_in_month,
    min_by(d.followers, d.date) filter (where d.followers is not null and d.date >= b.month) as followers_first_in_month,
    sum(d.followers_lost) filter (where d.date >= b.month) as followers_lost
  from follower_days d
  cross join bounds b
  where d.date <= b.month_last_day
  group by b.month, d.page_id, d.platform
),

active_pages as (
  select month, page_id, platform, org_id from month_posts
  union
  select b.month, d.page_id, d.platform, d.org_id
  from dw.fct_page_daily d
  join bounds b
    on d.date between b.month and b.month_last_day
  where d.platform in (select platform from dw.dim_platform)
),

-- a page's organization and the organization's attributes as of the month's last day (SCD2 dimensions)
pages as (
  select
    a.month,
    a.page_id,
    a.platform,
    coalesce(max(dp.org_id), max(a.org_id)) as org_id
  from active_pages a
  join bounds b on b.month = a.month
  left join dw.dim_page dp
    on dp.page_id = a.page_id
    and dp.platform = a.platform
    and dp.valid_from <= b.month_last_day
    and (dp.valid_to is null or b.month_last_day < dp.valid_to)
  group by a.month, a.page_id, a.platform
),

organizations as (
  select b.month, o.org_id, o.industry, o.segment
  from dw.dim_organization o
  cross join bounds b
  where o.valid_from <= b.month_last_day
    and (o.valid_to is null or b.month_last_day < o.valid_to)
),

conversions as (
  select * from int_bench_org_conversions where month between :first_month and :last_month and month in (select month from touched_months)
),

assembled as (
  select
    p.page_id,
    p.platform,
    p.org_id,
    b.month,
    o.industry,
    o.segment,
    coalesce(f.followers_prev_end, f.followers_first_in_month) as followers_start,
    coalesce(f.followers_last_in_month, f.followers_prev_end) as followers_end,
    f.followers_prev_end,
    f.followers_lost,
    coalesce(k.posts, 0) as posts,
    cast(:as_of_date as date) >= date_add(b.month_last_day, 7) or coalesce(s.is_final, false) as is_final,
    k.engagement_rate_followers,
    k.engagement_rate_reach,
    k.engagement_rate_impressions,
    k.click_through_rate,
    k.video_view_rate,
    b.days_in_month,
    c.sessions,
    c.leads,
    c.mqls,
    c.customers,
    coalesce(c.revenue, if(c.spend is not null and c.customers is not null, 0D, cast(null as double))) as revenue,
    c.spend
  from pages p
  join bounds b on b.month = p.month
  left join organizations o on o.month = p.month and o.org_id = p.org_id
  left join post_kpis k on k.month = p.month and k.page_id = p.page_id and k.platform = p.platform
  left join follower_history f on f.month = p.month and f.page_id = p.page_id and f.platform = p.platform
  left join conversions c on c.month = p.month and c.org_id = p.org_id and c.platform = p.platform
  left join stored_page_months s on s.month = b.month
)

select
  page_id,
  platform,
  org_id,
  month,
  industry,
  segment,
  case
    when followers_start is null then null
    when followers_start < 1000 then 'xs'
    when followers_start < 10000 then 's'
    when followers_start < 100000 then 'm'
    when followers_start < 1000000 then 'l'
    else 'xl'
  end as size_band,
  followers_start,
  followers_end,
  posts,
  is_final,
  -- every KPI is a DOUBLE, whatever numeric types the facts carry
  cast(engagement_rate_followers as double) as engagement_rate_followers,
  cast(engagement_rate_reach as double) as engagement_rate_reach,
  cast(engagement_rate_impressions as double) as engagement_rate_impressions,
  cast(click_through_rate as double) as click_through_rate,
  cast(video_view_rate as double) as video_view_rate,
  cast((followers_end - followers_prev_end) / nullif(followers_prev_end, 0) as double) as follower_growth_rate,
  cast(followers_lost / nullif(followers_prev_end, 0) as double) as follower_churn_rate,
  cast(posts / (days_in_month / 7.0D) as double) as posts_per_week,
  cast(leads / nullif(sessions, 0) as double) as lead_rate,
  cast(mqls / nullif(leads, 0) as double) as mql_rate,
  cast(customers / nullif(leads, 0) as double) as customer_rate,
  cast(spend / nullif(leads, 0) as double) as cost_per_lead,
  cast((revenue - spend) / nullif(spend, 0) as double) as roi
from assembled
