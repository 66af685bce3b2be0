-- audience_quality_overview: follower size against engagement per page and month, with the month's
-- follower growth and posting rhythm for context; only pages whose cohort is published (k organizations).
create or replace temporary view audience_quality_overview (
  org_id comment 'Organization owning the page.',
  page_id comment 'Platform page id.',
  platform comment 'Social platform.',
  month comment 'First day of the calendar month.',
  industry comment 'Organization\'s industry as of the month.',
  segment comment 'Organization\'s segment as of the month.',
  followers_start comment 'Followers at month start.',
  followers_end comment 'Followers at month end.',
  follower_growth_rate comment '(Followers at month end - at previous month end) / at previous month end.',
  posts_per_week comment 'Posts / (days in month / 7).',
  engagement_rate_followers comment 'Mean day-7 engagements / followers at publish over the month\'s posts.',
  follower_size_percentile comment 'Leave-one-out percentile rank of followers_start in the cohort.',
  engagement_percentile comment 'Leave-one-out percentile rank of engagement_rate_followers in the cohort.',
  size_engagement_gap comment 'follower_size_percentile - engagement_percentile: large when the audience is big but engages little.',
  is_hollow comment 'Follower size percentile >= 75 and engagement percentile < 25.',
  fallback_level comment '1 industry+segment+platform, 2 industry+platform, 3 platform only.',
  cohort_n_orgs comment 'Organizations in the cohort used.'
)
comment 'Follower size against engagement per page and month with growth and posting rhythm, for pages whose audience-quality cohort is published.'
as
select
  a.org_id,
  a.page_id,
  a.platform,
  a.month,
  a.industry,
  a.segment,
  a.followers_start,
  m.followers_end,
  m.follower_growth_rate,
  m.posts_per_week,
  a.engagement_rate_followers,
  a.follower_size_percentile,
  a.engagement_percentile,
  a.follower_size_percentile - a.engagement_percentile as size_engagement_gap,
  a.is_hollow,
  a.fallback_level,
  a.cohort_n_orgs
from bench.audience_quality a
join bench.page_month m
  on m.page_id = a.page_id
  and m.platform = a.platform
  and m.month = a.month
where not a.suppressed
