-- Ticket categories (SPEC section 9): the tenant's controlled list for the member's picker, queue filters,
-- assignment rules and reporting. Rows are archived, never deleted, so every ticket keeps its category.

create table ticket_category (
    id          uuid        primary key default gen_random_uuid(),
    -- Stored trimmed, inner runs of whitespace collapsed to one space (the API normalises it).
    name        text        not null,
    description text,
    -- The admins' order; new categories go last.
    position    int         not null,
    archived_at timestamptz,
    created_at  timestamptz not null default now(),
    updated_at  timestamptz not null default now(),
    -- Optimistic concurrency: every change increments it.
    version     int         not null default 0
);

-- Names are unique ignoring case and all whitespace ("Member ship" clashes with "membership"), among the
-- categories in use: an archived category's name may be taken again, and restoring it then fails. The index
-- decides, so two concurrent creates of the same name cannot both win.
create unique index ticket_category_name_key
    on ticket_category (lower(regexp_replace(name, '\s', '', 'g')))
    where archived_at is null;

insert into ticket_category (name, description, position) values
    ('Billing',    'Invoices, payments, refunds and dues.',                      1),
    ('Membership', 'Joining, renewing, membership levels and your profile.',    2),
    ('Events',     'Event registration, tickets, schedules and attendance.',    3),
    ('LMS',        'Courses, learning content, certificates and credits.',      4),
    ('Directory',  'The member directory: listings, search and privacy.',       5),
    ('Other',      'Anything else.',                                             6);
