-- table: dw.dim_date
-- key: date
-- comment: Calendar: one row per day of the configured range (socialbench.model.calendar).
-- write: overwrite
-- when: empty
-- column: date DATE | The day.
-- column: year INT | Calendar year.
-- column: quarter INT | Calendar quarter, 1-4.
-- column: month INT | Calendar month, 1-12.
-- column: month_start DATE | First day of the month.
-- column: iso_week INT | ISO-8601 week number.
-- column: day_of_week INT | ISO day of week: 1 = Monday ... 7 = Sunday.
-- column: day_name STRING | English day name (Monday ... Sunday).
-- column: is_weekend BOOLEAN | True on Saturday and Sunday.
with days as (
  select explode(sequence(:calendar_start, :calendar_end, interval 1 day)) as date
)
select
  date,
  year(date) as year,
  quarter(date) as quarter,
  month(date) as month,
  trunc(date, 'MM') as month_start,
  weekofyear(date) as iso_week,
  ((dayofweek(date) + 5) % 7) + 1 as day_of_week,
  date_format(date, 'EEEE') as day_name,
  dayofweek(date) in (1, 7) as is_weekend
from days
