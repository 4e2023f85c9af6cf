-- Assignment (SPEC section 8): the support team read from Keycloak, the settings admins give it here, the
-- ordered assignment rules, and the tickets waiting for an agent.

-- The tenant's staff as last read from Keycloak (users with ROLE_CLIENT_USER or ROLE_CLIENT_ADMIN whose `tenant`
-- attribute names this tenant). Rows are never deleted: an agent who leaves becomes inactive, so history, rules
-- and reports keep their name.
create table support_agent (
    -- The Keycloak user id, the `sub` of their tokens and the ticket's assignee_id.
    id               text        primary key,
    username         text        not null,
    name             text        not null,
    email            text,
    role             text        not null check (role in ('AGENT', 'ADMIN')),
    -- Enabled in Keycloak and still staff of this tenant at the last sync.
    active           boolean     not null,
    -- Set here, by admins or by the agent: AWAY agents keep their tickets but get no new ones.
    availability     text        not null default 'AVAILABLE' check (availability in ('AVAILABLE', 'AWAY')),
    -- The most weighted open load automatic assignment gives them (LOW 1, MEDIUM 2, HIGH 3 per open ticket).
    capacity         int         not null default 20 check (capacity between 1 and 1000),
    -- The weighted load and number of the open tickets they hold, kept by the ticket_agent_load trigger in the
    -- transaction that changes a ticket, so assignment reads them without counting tickets.
    open_load        int         not null default 0,
    open_tickets     int         not null default 0,
    -- Workload balancing breaks ties in favour of whoever was assigned least recently (kept by the same trigger).
    last_assigned_at timestamptz,
    synced_at        timestamptz not null default now(),
    version          int         not null default 0
);

create table support_team (
    id             uuid        primary key default gen_random_uuid(),
    name           text        not null,
    description    text,
    -- Round-robin: the member who had the last turn (the rotation is the members by name, then id). Kept here so
    -- the turn survives restarts and is shared by every instance of the service.
    last_agent_id  text,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    version        int         not null default 0
);

create unique index support_team_name_key on support_team (lower(regexp_replace(name, '\s', '', 'g')));

create table support_team_member (
    team_id  uuid not null references support_team (id) on delete cascade,
    agent_id text not null references support_agent (id),
    primary key (team_id, agent_id)
);

create index support_team_member_by_agent on support_team_member (agent_id);

create table assignment_rule (
    id              uuid        primary key default gen_random_uuid(),
    name            text        not null,
    -- First matching rule wins, lowest position first.
    position        int         not null,
    enabled         boolean     not null default true,
    -- Conditions: each empty list matches every ticket; a ticket must satisfy all the non-empty ones.
    -- Categories are archived, never deleted, so their ids stay valid without a foreign key.
    category_ids    uuid[]      not null default '{}',
    priorities      text[]      not null default '{}',
    requester_types text[]      not null default '{}',
    -- Lower-case; any one of them in the subject or the description's text (ignoring case) matches.
    keywords        text[]      not null default '{}',
    target_agent_id text        references support_agent (id),
    target_team_id  uuid        references support_team (id),
    -- How a team's agent is chosen; null when the target is one agent.
    strategy        text        check (strategy in ('ROUND_ROBIN', 'WORKLOAD_BALANCING')),
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         int         not null default 0,
    check ((target_agent_id is null) <> (target_team_id is null)),
    check ((target_team_id is null) = (strategy is null))
);

-- Tickets automatic assignment has still to place: written in the same transaction as the ticket's creation (or
-- the change that makes it need an agent), removed once it is assigned or needs none. An entry whose rule found no
-- free agent stays, marked waiting, until someone frees up. If the service stops between the commit and the
-- assignment, the periodic sweep finds the entry: no ticket is forgotten.
create table assignment_queue (
    ticket_id       uuid        primary key references ticket (id),
    queued_at       timestamptz not null default now(),
    -- Set while the ticket waits for an agent of this rule's target.
    waiting_rule_id uuid,
    waiting_since   timestamptz
);

-- The open tickets an agent holds: released together when they leave, counted when they join.
create index ticket_open_by_assignee on ticket (assignee_id, priority)
    where assignee_id is not null and status in ('OPEN', 'IN_PROGRESS', 'WAITING');

-- What an open ticket weighs on its holder: LOW 1, MEDIUM 2, HIGH 3.
create function ticket_load_weight(priority text) returns int language sql immutable as $$
    select case priority when 'HIGH' then 3 when 'MEDIUM' then 2 else 1 end
$$;

-- Keeps support_agent.open_load and open_tickets equal to what the agent's open tickets weigh, whatever changes a
-- ticket (assignment, status, priority), in the same transaction, and last_assigned_at when a ticket is given to them. A holder who is not (yet) an agent row is
-- skipped: a sync counts their tickets when it adds them.
create function ticket_agent_load() returns trigger language plpgsql as $$
declare
    old_holder text;
    new_holder text;
    old_weight int := 0;
    new_weight int := 0;
begin
    if tg_op in ('UPDATE', 'DELETE') and old.assignee_id is not null and old.status in ('OPEN', 'IN_PROGRESS', 'WAITING') then
        old_holder := old.assignee_id;
        old_weight := ticket_load_weight(old.priority);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.assignee_id is not null and new.status in ('OPEN', 'IN_PROGRESS', 'WAITING') then
        new_holder := new.assignee_id;
        new_weight := ticket_load_weight(new.priority);
    end if;
    if old_holder is not distinct from new_holder and old_weight = new_weight then
        return null;
    end if;
    if old_holder is not null and new_holder is not null and old_holder <> new_holder then
        -- Both rows in id order, so two opposite reassignments at once cannot deadlock.
        perform 1 from support_agent where id in (old_holder, new_holder) order by id for update;
    end if;
    if old_holder is not null then
        update support_agent set open_load = open_load - old_weight, open_tickets = open_tickets - 1 where id = old_holder;
    end if;
    if new_holder is not null then
        update support_agent
           set open_load = open_load + new_weight, open_tickets = open_tickets + 1,
               -- Given the ticket just now (not a reopened or reprioritised one they held): workload balancing's tie-break.
               last_assigned_at = case when tg_op = 'INSERT' or old.assignee_id is distinct from new.assignee_id
                                       then now() else last_assigned_at end
         where id = new_holder;
    end if;
    return null;
end;
$$;

create trigger ticket_agent_load
    after insert or delete or update of assignee_id, status, priority on ticket
    for each row execute function ticket_agent_load();
