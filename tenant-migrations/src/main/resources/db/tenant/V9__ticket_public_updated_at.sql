-- When a ticket last changed as its requester sees it: like updated_at, but staff-only activity (internal notes)
-- does not move it, so a requester polling their ticket never learns that a note was written. Staff keep updated_at.
alter table ticket add column public_updated_at timestamptz;

-- Existing tickets: their last change a requester could see, from the history (every change of the row writes an
-- entry) and the public replies, never later than updated_at.
update ticket t
   set public_updated_at = least(t.updated_at, greatest(
           t.created_at,
           (select max(h.occurred_at) from ticket_history h where h.ticket_id = t.id),
           (select max(m.created_at) from ticket_message m where m.ticket_id = t.id and m.visibility = 'PUBLIC')));

-- The service always writes it; the default serves rows inserted by hand (seeds, imports).
alter table ticket
    alter column public_updated_at set not null,
    alter column public_updated_at set default now();
