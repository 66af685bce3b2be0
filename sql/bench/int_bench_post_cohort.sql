-- view: int_bench_post_cohort
-- comment: Each post (dw.fct_post with its dw.dim_post row) in every cohort of the ladder its page belongs
-- comment: to in the post's publish month (int_bench_page_cohort): one row per post × fallback level, with
-- comment: the post's engagement rate (day-7 engagements ÷ followers at publish), its local day of week,
-- comment: local hour and topics, and the cohort's attributes (NULL where the level drops them).
-- Used by bench.best_time and bench.topic_month. Computed once a run for the run's months (those of
-- int_bench_page_cohort, through the join; the publish-date bounds prune dw.fct_post). month is
-- the ladder's (NOT NULL, as in bench.page_month), so the bench tables keep month NOT NULL.
-- materialize: checkpoint
select
  c.month,
  p.org_id,
  p.engagements_d7 / nullif(p.followers_at_publish, 0) as engagement_rate,
  d.local_day_of_week,
  d.local_hour,
  d.topics,
  c.fallback_level,
  c.industry,
  c.segment,
  c.platform,
  c.size_band
from (select *, trunc(published_date, 'MM') as month from dw.fct_post) p
join dw.dim_post d
  on d.org_id = p.org_id
  and d.post_id = p.post_id
  and d.platform = p.platform
join int_bench_page_cohort c
  on c.page_id = p.page_id
  and c.platform = p.platform
  and c.month = p.month
where p.published_date between :first_month and last_day(:last_month)
  -- fct_post takes each post's publish day from its dim_post row: the same literal bounds let Delta skip dim_post's older files
  and d.published_date between :first_month and last_day(:last_month)
