-- table: dw.fct_conversion_daily
-- key: org_id, platform, date
-- comment: The funnel from post to customer per organization, platform and day: link clicks on posts (daily
-- comment: increments), web sessions and form submissions from the platform, leads / MQLs / SALs /
-- comment: opportunities / customers counted on the day each stage was reached, revenue of the customers won
-- comment: that day, and ad spend. A column is NULL when its source has nothing for that cell.
-- write: slice date from int_conversion_range
-- tracks: date
-- column: org_id STRING | Organization.
-- column: platform STRING | Platform (social platform, or "other" for unmapped web/CRM sources).
-- column: date DATE | Day.
-- column: link_clicks BIGINT | Link clicks on the platform's posts that day (sum of clicks_delta).
-- column: sessions BIGINT | Web sessions from the platform.
-- column: form_submissions BIGINT | Web form submissions (key events) from the platform.
-- column: leads BIGINT | Contacts from the platform that became leads that day.
-- column: mqls BIGINT | ... became marketing qualified leads that day.
-- column: sals BIGINT | ... became sales accepted leads that day.
-- column: opportunities BIGINT | ... became opportunities that day.
-- column: customers BIGINT | ... became customers that day.
-- column: revenue DOUBLE | Deal amounts of the customers won that day, USD.
-- column: spend DOUBLE | Ad spend that day, USD.
with rng as (
  select * from int_conversion_range
),
clicks as (
  select d.org_id, d.platform, d.date, sum(d.clicks_delta) as link_clicks
  from dw.fct_post_daily d
  join rng on rng.org_id = d.org_id and d.date >= rng.from_date
  where d.date >= :conversion_window_start
  group by d.org_id, d.platform, d.date
),
web as (
  select w.org_id, w.source_platform as platform, w.date, sum(w.sessions) as sessions, sum(w.form_submissions) as form_submissions
  from dw.fct_web_daily w
  join rng on rng.org_id = w.org_id and w.date >= rng.from_date
  where w.date >= :conversion_window_start
  group by w.org_id, w.source_platform, w.date
),
stages as (
  -- each contact's stage days as rows, from the funnel as it is after tonight: the stored leads tonight's export
  -- does not carry (one scan of dw.fct_lead_funnel) and tonight's. This table is written before
  -- dw.fct_lead_funnel (models.list): a night stopped between the two writes still finds the leads it changes
  -- stored as before when it is run again, so int_conversion_range compares the same rows.
  select f.org_id, f.source_platform, s.date, s.stage, s.amount
  from (
    select f.org_id, f.source_platform, f.lead_date, f.mql_date, f.sal_date, f.opportunity_date, f.customer_date, f.amount
    from dw.fct_lead_funnel f
    left anti join int_lead_tail t on t.org_id = f.org_id and t.lead_id_hash = f.lead_id_hash
    union all
    select org_id, source_platform, lead_date, mql_date, sal_date, opportunity_date, customer_date, amount
    from int_lead_tail
  ) f
  lateral view stack(5,
    f.lead_date, 'lead', cast(null as double), f.mql_date, 'mql', cast(null as double),
    f.sal_date, 'sal', cast(null as double), f.opportunity_date, 'opportunity', cast(null as double),
    f.customer_date, 'customer', f.amount) s as date, stage, amount
  where (f.lead_date >= :conversion_window_start or f.mql_date >= :conversion_window_start
      or f.sal_date >= :conversion_window_start or f.opportunity_date >= :conversion_window_start
      or f.customer_date >= :conversion_window_start)
    and s.date >= :conversion_window_start
),
funnel as (
  select s.org_id, s.source_platform as platform, s.date,
    count_if(stage = 'lead') as leads, count_if(stage = 'mql') as mqls, count_if(stage = 'sal') as sals,
    count_if(stage = 'opportunity') as opportunities, count_if(stage = 'customer') as customers,
    if(count(case when stage = 'customer' then amount end) = 0, cast(null as double), aggregate(array_sort(collect_list(cast(case when stage = 'customer' then amount end as double))), 0D, (acc, v) -> acc + v)) as revenue
  from stages s
  join rng on rng.org_id = s.org_id and s.date >= rng.from_date
  group by s.org_id, s.source_platform, s.date
),
spend as (
  select t.org_id, t.platform, t.date, t.spend
  from int_ads_daily_tail t join rng on rng.org_id = t.org_id and t.date >= rng.from_date
  union all
  select e.org_id, e.platform, e.date, e.spend
  from dw.fct_conversion_daily e
  join rng on rng.org_id = e.org_id and e.date >= rng.from_date
  left anti join int_ads_daily_tail t on t.org_id = e.org_id and t.date = e.date
  where e.spend is not null and e.date >= :conversion_window_start
),
cells as (
  select org_id, platform, date, link_clicks, null as sessions, null as form_submissions, null as leads, null as mqls,
    null as sals, null as opportunities, null as customers, null as revenue, null as spend from clicks
  union all
  select org_id, platform, date, null, sessions, form_submissions, null, null, null, null, null, null, null from web
  union all
  select org_id, platform, date, null, null, null, leads, mqls, sals, opportunities, customers, revenue, null from funnel
  union all
  select org_id, platform, date, null, null, null, null, null, null, null, null, null, spend from spend
)
select org_id, platform, date,
  sum(link_clicks) as link_clicks, sum(sessions) as sessions, sum(form_submissions) as form_submissions,
  sum(leads) as leads, sum(mqls) as mqls, sum(sals) as sals, sum(opportunities) as opportunities,
  sum(customers) as customers, sum(revenue) as revenue, sum(spend) as spend
from cells
group by org_id, platform, date
