-- view: int_bench_org_conversions
-- comment: Each organization's funnel per platform and month (dw.fct_conversion_daily summed over the month's
-- comment: days): sessions, leads, mqls, customers, and revenue and spend as DOUBLE (summed in sorted order,
-- comment: so a re-run gives bit-identical figures; NULL when no day reports them).
-- Used by bench.page_month (the funnel KPIs of each page) and bench.funnel_month (the organizations' rates);
-- the models pick the night's months (month between :first_month and :last_month and in the view touched_months).
select
  c.org_id,
  c.platform,
  trunc(c.date, 'MM') as month,
  sum(c.sessions) as sessions,
  sum(c.leads) as leads,
  sum(c.mqls) as mqls,
  sum(c.customers) as customers,
  if(count(c.revenue) = 0, cast(null as double), aggregate(array_sort(collect_list(cast(c.revenue as double))), 0D, (acc, v) -> acc + v)) as revenue,
  if(count(c.spend) = 0, cast(null as double), aggregate(array_sort(collect_list(cast(c.spend as double))), 0D, (acc, v) -> acc + v)) as spend
from dw.fct_conversion_daily c
group by c.org_id, c.platform, trunc(c.date, 'MM')
