-- view: stg_x__account_daily
-- comment: X account daily export rows of the night: follows and unfollows per day, account impressions.
select
  _org_id as org_id, 'x' as platform, _export_date as export_date, 'x_account_daily' as source_format,
  cast(null as string) as series, _page_id as source_page_id, date,
  cast(null as bigint) as followers, follows as followers_gained, unfollows as followers_lost,
  cast(null as bigint) as followers_net, impressions, cast(null as bigint) as reach, cast(null as bigint) as page_views,
  _source_file as source_file, _row_number as source_row, _land_date as land_date
from bronze_x_account_daily
where date is not null
