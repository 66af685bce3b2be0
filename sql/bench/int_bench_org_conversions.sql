-- view: int_bench_org_conversions
-- comment: Each organization's funnel per platform and month (dw.fct_conversion_daily summed over the month's
-- comment: days): sessions, leads, mqls, customers, and revenue and spend as DOUBLE (summed in sorted order,
-- comment: so a re-run gives bit-identical figures; NULL when no day reports them).
-- Used by bench.page_month (the funnel KPIs of each page) and bench.funnel_month (the organizations' rates);
-- Computed once a run for the run's months (:first_month … :last_month, in the view touched_months).
-- materialize: checkpoint
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
where c.date between :first_month and last_day(:last_month)
  and trunc(c.date, 'MM') in (select month from touched_months)
group by c.org_id, c.platform, trunc(c.date, 'MM')
