-- The conversation on a ticket: public replies (staff or requester) and staff-only internal notes.

create table ticket_message (
    id          uuid        primary key,
    ticket_id   uuid        not null references ticket (id),
    visibility  text        not null check (visibility in ('PUBLIC', 'INTERNAL')),
    author_id   text        not null,
    author_name text        not null,
    author_role text        not null check (author_role in ('STAFF', 'REQUESTER')),
    body        text        not null,
    created_at  timestamptz not null default clock_timestamp(),
    -- Internal notes are written by staff only; the database holds that line too.
    constraint ticket_message_internal_by_staff check (visibility = 'PUBLIC' or author_role = 'STAFF')
);

-- A ticket's conversation in order; members read the public part only.
create index ticket_message_by_ticket on ticket_message (ticket_id, created_at, id);
