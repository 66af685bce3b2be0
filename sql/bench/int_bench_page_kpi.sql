-- view: int_bench_page_kpi
-- comment: The KPIs of bench.page_month in long form: one row per page × month × KPI (the 13 KPI columns of
-- comment: bench.page_month, in their order), with org_level true for the funnel KPIs, which belong to the
-- comment: organization and platform (every page of an organization on a platform carries the same value).
-- Used by bench.cohort_month and bench.page_rank (through int_bench_page_kpi_cohort); a new KPI column of bench.page_month is added here once.
select
  page_id, platform, org_id, month,
  stack(13,
    'engagement_rate_followers', engagement_rate_followers, false,
    'engagement_rate_reach', engagement_rate_reach, false,
    'engagement_rate_impressions', engagement_rate_impressions, false,
    'click_through_rate', click_through_rate, false,
    'video_view_rate', video_view_rate, false,
    'follower_growth_rate', follower_growth_rate, false,
    'follower_churn_rate', follower_churn_rate, false,
    'posts_per_week', posts_per_week, false,
    'lead_rate', lead_rate, true,
    'mql_rate', mql_rate, true,
    'customer_rate', customer_rate, true,
    'cost_per_lead', cost_per_lead, true,
    'roi', roi, true) as (kpi, value, org_level)
from bench.page_month
