-- Top posts of a month by engagement rate (day-7 engagements ÷ followers at publish) for one organization,
-- with how each post did on its own objective against peers. Parameters: :month_start (DATE), :org_id.
select
  p.post_id,
  p.platform,
  p.page_id,
  p.published_at,
  p.post_type,
  p.objective,
  p.engagements_d7,
  p.followers_at_publish,
  p.engagements_d7 / nullif(p.followers_at_publish, 0) as engagement_rate,
  o.kpi as objective_kpi,
  o.value as objective_value,
  o.percentile_rank as objective_percentile_rank
from dw.fct_post p
left join bench.post_objective_month o
  on o.post_id = p.post_id
  and o.platform = p.platform
where p.org_id = :org_id
  and p.published_date between :month_start and last_day(:month_start)
order by engagement_rate desc nulls last, p.post_id
limit 10
