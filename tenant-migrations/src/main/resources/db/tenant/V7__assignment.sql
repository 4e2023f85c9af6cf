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
    -- Workload balancing breaks ties in favour of whoever was assigned least recently.
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

-- Agents' open loads (weighted by priority), read on every automatic assignment.
create index ticket_open_by_assignee on ticket (assignee_id, priority)
    where assignee_id is not null and status in ('OPEN', 'IN_PROGRESS', 'WAITING');
