-- The event backbone (see the README's "Event backbone"): one outbox for every tenant of this database, each
-- consumer's progress in partitions, and the events consumers gave up on.

-- Every recorded event. `id` is fixed at insert (append order); `position` is given once the event has committed,
-- by one sequencer at a time, in id order (commit order as readers see it). Readers go by position only.
create table event (
    id          bigint      generated always as identity primary key,
    tenant_slug text        not null,
    ticket_id   uuid,
    type        text        not null,
    payload     jsonb       not null,
    recorded_at timestamptz not null default now(),
    position    bigint      unique,
    -- What partitions are cut by: the ticket, or the tenant for events without one (partition = this mod count).
    routing_key integer     generated always as (hashtext(coalesce(ticket_id::text, tenant_slug))) stored
);

create index event_awaiting_position on event (id) where position is null;
create index event_recorded_at on event (recorded_at);

-- A consumer's progress, one row per partition: the last position it is done with, who works the partition now
-- (a lease that expires, so a stopped instance's partitions are taken over), and the head event's failed tries.
create table event_consumer_progress (
    consumer        text        not null,
    partition       integer     not null,
    position        bigint      not null,
    lease_owner     text,
    lease_until     timestamptz,
    attempts        integer     not null default 0,
    retry_at        timestamptz,
    first_failed_at timestamptz,
    primary key (consumer, partition)
);

-- Events a consumer gave up on after its last try. Kept until redelivered successfully; retention never deletes
-- an event parked here (the foreign key makes sure of it).
create table parked_event (
    id                      bigint      generated always as identity primary key,
    consumer                text        not null,
    event_id                bigint      not null references event (id),
    attempts                integer     not null,
    last_error              text,
    first_failed_at         timestamptz not null,
    last_failed_at          timestamptz not null,
    redelivery_requested_at timestamptz,
    redelivery_owner        text,
    redelivery_lease_until  timestamptz,
    unique (consumer, event_id)
);

create index parked_event_event on parked_event (event_id);
create index parked_event_redelivery on parked_event (redelivery_requested_at) where redelivery_requested_at is not null;
