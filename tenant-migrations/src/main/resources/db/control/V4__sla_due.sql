-- What the SLA sweep has to do and when, for every tenant of this database: a clock's warning and breach instants and
-- a resolved ticket's auto-close, written in the transaction that computed them (so the sweep never visits tenant
-- schemas to find work). A row is removed when its work is done or when the clock changes (new instants replace it).
create table sla_due (
    tenant_slug text        not null,
    ticket_id   uuid        not null,
    kind        text        not null check (kind in ('FIRST_RESPONSE_WARNING', 'FIRST_RESPONSE_BREACH',
                                                     'RESOLUTION_WARNING', 'RESOLUTION_BREACH', 'AUTO_CLOSE')),
    due_at      timestamptz not null,
    -- Failed tries of this row's work, and when to try again (a failing row never blocks the others).
    attempts    integer     not null default 0,
    retry_at    timestamptz,
    last_error  text,
    primary key (tenant_slug, ticket_id, kind)
);

-- The sweep's one index: due rows across all tenants, soonest first.
create index sla_due_by_time on sla_due (coalesce(retry_at, due_at));
