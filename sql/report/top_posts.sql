-- Report: a page's five best posts of the month by engagement rate (day-7 engagements / followers at
-- publish), with the post's rank on its objective's KPI. Parameters: :page_id, :platform, :month_start,
-- :month_end.
select
  p.post_id,
  p.published_date,
  p.post_type,
  p.objective,
  p.engagements_d7,
  p.followers_at_publish,
  p.engagements_d7 / nullif(p.followers_at_publish, 0) as engagement_rate,
  o.percentile_rank as objective_percentile_rank
from dw.fct_post p
left join bench.post_objective_month o
  on o.post_id = p.post_id
  and o.platform = p.platform
where p.page_id = :page_id
  and p.platform = :platform
  and p.published_date between :month_start and :month_end
order by engagement_rate desc nulls last, p.post_id
limit 5
