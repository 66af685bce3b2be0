-- table: dw.dim_post
-- comment: One row per organization and post (a post id reused by another organization's export is another row): where and when it was published (UTC, and local to its page), its normalised
-- comment: type, objective and topics (rules in conf/model.conf), permalink and message, as in its newest export.
-- write: merge org_id, platform, post_id within published_date
-- removes: org_id, platform, post_id in int_post_removed
-- stats: org_id, platform, page_id, published_date, local_date
-- column: post_id STRING | Post id on its platform.
-- column: platform STRING | Platform code.
-- column: page_id STRING | Page that published the post.
-- column: org_id STRING | Organization owning the page.
-- column: published_at TIMESTAMP | Publish instant, UTC.
-- column: published_date DATE | Publish day in the page's time zone (the day, month and week a post counts in).
-- column: local_date DATE | Publish day in the page's time zone.
-- column: local_day_of_week INT | Publish day of week in the page's time zone: 1 = Monday ... 7 = Sunday.
-- column: local_hour INT | Publish hour (0-23) in the page's time zone; NULL when the export gives only a date (LinkedIn, YouTube).
-- column: post_type STRING | Normalised type: link, photo, video, text, carousel, reel, article, document, other.
-- column: objective STRING | traffic, video, engagement, awareness or conversion (content-calendar label, else by type).
-- column: topics ARRAY<STRING> | Topics whose keywords occur in the message (sorted; empty when none).
-- column: permalink STRING | Link to the post.
-- column: message STRING | Post text or title.
-- column: has_publish_time BOOLEAN | True when the export gave a time of day; false for date-only exports (published_at is then the page's local midnight).
with newest as (
  select * from (
    select t.*, row_number() over (partition by org_id, platform, post_id order by export_date desc) as export_rank
    from int_post_snapshot_tail t
  ) where export_rank = 1
),
typed as (
  select n.*, r.post_type as matched_type,
    row_number() over (partition by n.org_id, n.platform, n.post_id order by r.rule_order) as rule_rank
  from newest n
  left join cfg_post_types r
    on (r.platform is null or r.platform = n.platform) and matches_pattern(coalesce(n.post_type_raw, ''), r.pattern)
),
normalised as (
  select t.*,
    case when coalesce(t.matched_type, d.post_type, 'other') = 'text' and coalesce(t.message, '') rlike :link_pattern then 'link'
         else coalesce(t.matched_type, d.post_type, 'other') end as post_type
  from typed t
  left join cfg_default_post_types d on d.platform = t.platform
  where t.rule_rank = 1
),
objectives as (
  select n.*,
    case when lower(regexp_extract(coalesce(n.labels, ''), :label_pattern, 1)) in (select objective from cfg_objectives)
         then lower(regexp_extract(coalesce(n.labels, ''), :label_pattern, 1))
         when lower(regexp_extract(coalesce(n.labels, ''), :label_pattern, 1)) = 'conversion' then 'conversion'
         else coalesce(o.objective, 'awareness') end as objective
  from normalised n
  left join (select post_type, min_by(objective, rule_order) as objective from cfg_objectives group by post_type) o
    on o.post_type = n.post_type
),
-- the topic keywords as one array: each post's topics are the keywords its message matches, computed on its row
-- (a join with the keyword rows and a group by post to collect them cost a second pass over the posts and a
-- collect_set per post)
keywords as (
  select array_agg(named_struct('topic', topic, 'pattern', pattern)) as keywords from cfg_topic_keywords
)
select
  o.post_id, o.platform, o.page_id, o.org_id, o.published_at,
  o.published_local_date as published_date,
  o.published_local_date as local_date,
  ((dayofweek(o.published_local_date) + 5) % 7) + 1 as local_day_of_week,
  if(o.has_publish_time, hour(from_utc_timestamp(o.published_at, o.timezone)), cast(null as int)) as local_hour,
  o.post_type, o.objective,
  array_sort(array_distinct(transform(
    filter(k.keywords, kw -> matches_pattern(coalesce(o.message, ''), kw.pattern)), kw -> kw.topic))) as topics,
  o.permalink, o.message, o.has_publish_time
from objectives o
cross join keywords k
