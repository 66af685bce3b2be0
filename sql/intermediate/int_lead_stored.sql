-- view: int_lead_stored
-- materialize: checkpoint
-- comment: The stored dw.fct_lead_funnel rows of the night's CRM contacts, read in one scan of the funnel before
-- comment: dw.fct_lead_funnel is written: each contact's lifecycle as the warehouse held it before tonight.
select f.*
from dw.fct_lead_funnel f
left semi join int_lead_tail t on t.org_id = f.org_id and t.lead_id_hash = f.lead_id_hash
