-- Tickets, their immutable history, and the indexes the queue's filters and orders use.

create sequence ticket_number_seq;

create table ticket (
    id                 uuid        primary key,
    number             bigint      not null unique,
    subject            text        not null,
    description        text        not null,
    status             text        not null check (status in ('OPEN', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED')),
    priority           text        not null check (priority in ('LOW', 'MEDIUM', 'HIGH')),
    priority_rank      smallint    generated always as (case priority when 'HIGH' then 3 when 'MEDIUM' then 2 else 1 end) stored,
    category_id        uuid        not null references ticket_category (id),
    requester_id       text        not null,
    requester_type     text        not null check (requester_type in ('MEMBER', 'SPONSOR')),
    requester_name     text        not null,
    requester_email    text,
    assignee_id        text,
    assignee_name      text,
    channel            text        not null check (channel in ('WEB', 'EMAIL', 'PHONE', 'CHAT', 'API')),
    follow_up_of       uuid        references ticket (id),
    created_by_id      text        not null,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    first_responded_at timestamptz,
    resolved_at        timestamptz,
    closed_at          timestamptz,
    version            integer     not null default 0
);

-- Keyset orders of the queue (each ends with id, so positions are unique); filters narrow them.
create index ticket_by_created on ticket (created_at, id);
create index ticket_by_updated on ticket (updated_at, id);
create index ticket_by_priority on ticket (priority_rank, created_at, id);
-- A requester's own tickets, newest first.
create index ticket_by_requester on ticket (requester_id, created_at, id);
-- Counts and facets of the common filters; category and assignee look-ups.
create index ticket_by_status_priority on ticket (status, priority);
create index ticket_by_category on ticket (category_id);
create index ticket_by_assignee on ticket (assignee_id) where assignee_id is not null;
create index ticket_by_follow_up on ticket (follow_up_of) where follow_up_of is not null;

create table ticket_history (
    id          bigserial   primary key,
    ticket_id   uuid        not null references ticket (id),
    occurred_at timestamptz not null default now(),
    actor_type  text        not null check (actor_type in ('USER', 'RULE', 'SYSTEM')),
    actor_id    text,
    actor_name  text,
    field       text        not null,
    from_value  text,
    to_value    text,
    note        text
);

create index ticket_history_by_ticket on ticket_history (ticket_id, id);

-- History is append-only: no code path may change or remove an entry.
create function ticket_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ticket history is append-only';
end;
$$;

create trigger ticket_history_append_only
    before update or delete on ticket_history
    for each row execute function ticket_history_is_append_only();

create trigger ticket_history_no_truncate
    before truncate on ticket_history
    for each statement execute function ticket_history_is_append_only();
