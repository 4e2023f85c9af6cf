-- SLA (SPEC section 6): business calendars, one policy per requester type, the tenant's SLA settings, each ticket's
-- two clocks with the due and warning instants computed when the clock last changed (so the queue, the sweep and the
-- reports never recompute calendars per row), and the ledger that explains every figure.

create table business_calendar (
    id           uuid        primary key default gen_random_uuid(),
    name         text        not null,
    name_key     text        not null,
    -- An IANA zone: the weekly hours are wall-clock times there.
    time_zone    text        not null,
    -- [{"day":"MONDAY","shifts":[{"from":"09:00","to":"17:00"}]}, ...]; "24:00" is the end of the day.
    weekly_hours jsonb       not null,
    -- [{"date":"2026-12-25","name":"Christmas Day"}, ...]
    holidays     jsonb       not null default '[]',
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    version      integer     not null default 0
);

create unique index business_calendar_name_key on business_calendar (name_key);

create table sla_policy (
    id              uuid        primary key default gen_random_uuid(),
    name            text        not null,
    requester_type  text        not null unique check (requester_type in ('MEMBER', 'SPONSOR')),
    -- Null: calendar hours (round the clock).
    calendar_id     uuid        references business_calendar (id),
    -- [{"priority":"HIGH","firstResponseMinutes":240,"resolutionMinutes":1440}, ...], one per priority.
    targets         jsonb       not null,
    warning_percent integer     not null default 75 check (warning_percent between 1 and 99),
    -- {"notifyAssignee":true,"notifyAdmins":false,"raisePriority":false,"reassignToAgentId":null,"reassignToTeamId":null}
    on_warning      jsonb       not null,
    on_breach       jsonb       not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    version         integer     not null default 0
);

create table sla_settings (
    id                    boolean     primary key default true check (id),
    auto_close_after_days integer     not null default 7 check (auto_close_after_days between 1 and 90),
    updated_at            timestamptz not null default now()
);

insert into sla_settings default values;

-- The defaults of a new tenant (issue 13): office hours in Sydney, first response in 24 business hours for members and
-- 4 for sponsors, resolution per priority; a warning at 75 % tells the assignee, a breach tells the assignee and the
-- admins. Admins change all of it.
insert into business_calendar (name, name_key, time_zone, weekly_hours) values
    ('Office hours', 'officehours', 'Australia/Sydney', '[
        {"day":"MONDAY","shifts":[{"from":"09:00","to":"17:00"}]},
        {"day":"TUESDAY","shifts":[{"from":"09:00","to":"17:00"}]},
        {"day":"WEDNESDAY","shifts":[{"from":"09:00","to":"17:00"}]},
        {"day":"THURSDAY","shifts":[{"from":"09:00","to":"17:00"}]},
        {"day":"FRIDAY","shifts":[{"from":"09:00","to":"17:00"}]}]');

insert into sla_policy (name, requester_type, calendar_id, targets, on_warning, on_breach)
select policy.name, policy.requester_type, calendar.id, policy.targets::jsonb,
       '{"notifyAssignee":true,"notifyAdmins":false,"raisePriority":false}',
       '{"notifyAssignee":true,"notifyAdmins":true,"raisePriority":false}'
  from business_calendar calendar,
       (values ('Members', 'MEMBER', '[
                  {"priority":"HIGH","firstResponseMinutes":1440,"resolutionMinutes":1440},
                  {"priority":"MEDIUM","firstResponseMinutes":1440,"resolutionMinutes":2880},
                  {"priority":"LOW","firstResponseMinutes":1440,"resolutionMinutes":4800}]'),
               ('Sponsors', 'SPONSOR', '[
                  {"priority":"HIGH","firstResponseMinutes":240,"resolutionMinutes":1440},
                  {"priority":"MEDIUM","firstResponseMinutes":240,"resolutionMinutes":2880},
                  {"priority":"LOW","firstResponseMinutes":240,"resolutionMinutes":4800}]'))
           as policy (name, requester_type, targets)
 where calendar.name_key = 'officehours';

-- A ticket's clocks, one row per target. The policy's targets and calendar are copied in when the clock starts (and at
-- a priority change), so a later policy change does not rewrite a running promise. due_at and warning_at are null
-- while the clock is paused or stopped.
create table sla_clock (
    ticket_id              uuid        not null references ticket (id),
    target                 text        not null check (target in ('FIRST_RESPONSE', 'RESOLUTION')),
    policy_id              uuid,
    calendar_id            uuid,
    calendar_name          text        not null,
    warning_percent        integer     not null,
    target_seconds         bigint      not null,
    started_at             timestamptz not null,
    -- Business time used before running_since.
    elapsed_seconds        bigint      not null default 0,
    running_since          timestamptz,
    paused_at              timestamptz,
    paused_calendar_seconds bigint     not null default 0,
    stopped_at             timestamptz,
    due_at                 timestamptz,
    warning_at             timestamptz,
    warned_at              timestamptz,
    breached_at            timestamptz,
    -- The clock that decides the ticket's SLA state in the queue: first response until it stops, then resolution.
    decides                boolean     not null default false,
    primary key (ticket_id, target)
);

-- The queue's SLA_DUE order and slaState filter read the deciding clock.
create index sla_clock_deciding_by_due on sla_clock (due_at, ticket_id) where decides;
create unique index sla_clock_one_decides on sla_clock (ticket_id) where decides;

-- The ledger: every start, pause, resume, retarget, warning, breach and met, with the reason and the calendar.
create table sla_ledger (
    id            bigint      generated always as identity primary key,
    ticket_id     uuid        not null references ticket (id),
    target        text        not null check (target in ('FIRST_RESPONSE', 'RESOLUTION')),
    kind          text        not null check (kind in ('STARTED', 'PAUSED', 'RESUMED', 'RETARGETED', 'WARNED', 'BREACHED', 'MET')),
    occurred_at   timestamptz not null,
    reason        text        not null,
    calendar_name text        not null,
    due_at        timestamptz
);

create index sla_ledger_by_ticket on sla_ledger (ticket_id, id);

-- The measured times of a ticket (SPEC section 6), kept for the reports: an indexed aggregate, never a calendar
-- computation per row.
create table ticket_times (
    ticket_id                       uuid        primary key references ticket (id),
    -- The ticket's, copied: the reports read a period's times by it (an index range) rather than joining every row.
    ticket_created_at               timestamptz not null,
    first_resolved_at               timestamptz,
    first_response_calendar_seconds bigint,
    first_response_business_seconds bigint,
    resolution_calendar_seconds     bigint,
    resolution_business_seconds     bigint,
    first_response_met              boolean,
    resolution_met                  boolean
);

create index ticket_times_by_created on ticket_times (ticket_created_at, ticket_id);

-- Tickets open when SLA tracking began get clocks from their creation under the default policy: the service replays
-- each one's history through the clock rules (SlaBackfill) and notes it in the ledger.
create table sla_backfill (
    ticket_id uuid primary key references ticket (id)
);

insert into sla_backfill (ticket_id) select id from ticket where status <> 'CLOSED';

-- Tickets waiting for an agent are placed by when their first response is due (SPEC section 6), not by age: the
-- assignment queue's order column says so now (filled with the creation time for a ticket without a clock).
alter table assignment_queue rename column ticket_created_at to place_by;
alter index assignment_queue_by_age rename to assignment_queue_by_place;
update assignment_queue q set place_by = c.due_at
  from sla_clock c where c.ticket_id = q.ticket_id and c.target = 'FIRST_RESPONSE' and c.due_at is not null;
