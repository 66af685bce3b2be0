-- table: dw.dim_platform
-- key: platform
-- comment: Social platforms socialbench benchmarks (socialbench.model.platforms).
-- write: overwrite
-- when: empty
-- column: platform STRING | Platform code: facebook, instagram, linkedin, x, youtube, tiktok.
-- column: display_name STRING | Name to show in reports.
-- column: category STRING | network, conversation, image or video.
select platform, display_name, category
from cfg_platforms
