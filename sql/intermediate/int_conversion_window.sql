-- params: conversion window
-- comment: :conversion_window_start = the earliest day dw.fct_conversion_daily is rebuilt from tonight (prunes the post increments read).
select coalesce(min(from_date), :min_from) as conversion_window_start from int_conversion_range
