-- Canned responses and response templates (SPEC section 5). Bodies are sanitised rich text that may hold
-- mustache variables ({{member.firstName}}); the API checks every variable when a body is saved.

create table canned_response (
    id           uuid        primary key default gen_random_uuid(),
    -- The Keycloak user id of the agent whose personal response it is; null for a shared one (admins manage those).
    owner_id     text,
    title        text        not null,
    body         text        not null,
    -- The body without markup: what search looks in, so a search for "strong" does not find every <strong>.
    body_text    text        not null,
    -- Typed by agents to insert the response; stored lower-case.
    shortcut     text        check (shortcut ~ '^[a-z0-9_-]{1,30}$'),
    -- The categories whose tickets it suits; empty means every ticket. Categories are archived, never deleted,
    -- so the ids stay valid without a foreign key.
    category_ids uuid[]      not null default '{}',
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    -- Optimistic concurrency: every change increments it.
    version      int         not null default 0
);

-- A shortcut is unique per owner, the shared responses counting as one owner (''): two agents may both use
-- "thanks", and an agent may shadow a shared "thanks" with their own. The index decides, so concurrent writers
-- cannot both win.
create unique index canned_response_shortcut_key
    on canned_response (coalesce(owner_id, ''), shortcut)
    where shortcut is not null;

-- Every listing reads the shared responses plus the caller's own.
create index canned_response_by_owner on canned_response (owner_id);

create table response_template (
    id         uuid        primary key default gen_random_uuid(),
    -- REPLY: a text agents render into a reply. The other kinds are the member notifications of SPEC section 7,
    -- one each per tenant, edited but never deleted.
    kind       text        not null check (kind in ('REPLY', 'STATUS_CHANGED', 'NEW_REPLY')),
    name       text        not null,
    -- The e-mail subject of a notification (plain text); replies have none.
    subject    text,
    body       text        not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    version    int         not null default 0,
    check ((kind = 'REPLY') = (subject is null))
);

create unique index response_template_name_key on response_template (lower(name));
create unique index response_template_notification_key on response_template (kind) where kind <> 'REPLY';

insert into response_template (kind, name, subject, body) values
    ('STATUS_CHANGED', 'Member notification: status changed',
     '[{{client.name}}] Ticket {{ticket.reference}} is now {{ticket.status}}',
     '<p>Hello {{member.firstName}},</p><p>Your ticket {{ticket.reference}} "{{ticket.subject}}" is now <strong>{{ticket.status}}</strong>.</p><p>Kind regards,<br>{{client.name}}</p>'),
    ('NEW_REPLY', 'Member notification: new reply',
     '[{{client.name}}] New reply on ticket {{ticket.reference}}: {{ticket.subject}}',
     '<p>Hello {{member.firstName}},</p><p>{{#agent.name}}{{agent.name}}{{/agent.name}}{{^agent.name}}Our support team{{/agent.name}} replied to your ticket {{ticket.reference}} "{{ticket.subject}}".</p><p>Kind regards,<br>{{client.name}}</p>');
