-- Notifications (SPEC section 7): e-mail and the host's webhook, per tenant.

-- One row per tenant: the channels, the sender and the webhook's signing secrets. The secret is kept as it is
-- (HMAC needs it); the API never returns it after the rotation that made it.
create table notification_settings (
    id                          boolean     primary key default true check (id),
    email_enabled               boolean     not null default true,
    from_address                text,
    from_name                   text,
    reply_to_address            text,
    webhook_enabled             boolean     not null default false,
    webhook_url                 text,
    webhook_secret              text,
    webhook_secret_created_at   timestamptz,
    previous_webhook_secret     text,
    previous_secret_valid_until timestamptz,
    updated_at                  timestamptz not null default date_trunc('milliseconds', now()),
    check (not webhook_enabled or (webhook_url is not null and webhook_secret is not null))
);
insert into notification_settings default values;

-- A member's choice (absent: they get e-mail).
create table notification_preference (
    requester_id  text        primary key,
    email_opt_out boolean     not null,
    updated_at    timestamptz not null default now()
);

-- Every notification sent or skipped on purpose, per ticket (parked ones live with the event backbone).
-- event_ids: the events it told of (several for one e-mail telling a burst of changes).
create table notification_delivery (
    id         uuid        primary key default gen_random_uuid(),
    ticket_id  uuid        not null references ticket (id),
    channel    text        not null check (channel in ('EMAIL', 'WEBHOOK')),
    kind       text        not null check (kind in ('STATUS_CHANGED', 'NEW_REPLY', 'UPDATES', 'ASSIGNED', 'ESCALATED', 'CREATED')),
    recipient  text        not null,
    outcome    text        not null check (outcome in ('SENT', 'SKIPPED')),
    detail     text,
    event_ids  bigint[]    not null check (cardinality(event_ids) > 0),
    at         timestamptz not null default now()
);
create index notification_delivery_by_ticket on notification_delivery (ticket_id, at);

-- The staff notifications' templates, next to the members' two.
alter table response_template drop constraint response_template_kind_check;
alter table response_template add constraint response_template_kind_check
    check (kind in ('REPLY', 'STATUS_CHANGED', 'NEW_REPLY', 'ASSIGNED', 'ESCALATED'));

insert into response_template (kind, name, subject, body) values
    ('ASSIGNED', 'Staff notification: ticket assigned',
     '[{{client.name}}] Ticket {{ticket.reference}} is yours: {{ticket.subject}}',
     '<p>Hello {{agent.firstName}},</p><p>Ticket {{ticket.reference}} "{{ticket.subject}}" from {{member.name}} was assigned to you. It is {{ticket.status}}, {{ticket.priority}} priority, in {{ticket.category}}.</p><p>Open the ticket: {{ticket.url}}</p>'),
    ('ESCALATED', 'Staff notification: SLA escalation',
     '[{{client.name}}] Ticket {{ticket.reference}}: {{sla.target}} {{sla.state}}',
     '<p>The {{sla.target}} target of ticket {{ticket.reference}} "{{ticket.subject}}" is <strong>{{sla.state}}</strong>.</p><p>{{#agent.name}}It is held by {{agent.name}}.{{/agent.name}}{{^agent.name}}Nobody holds it.{{/agent.name}} It is {{ticket.status}}, {{ticket.priority}} priority.</p><p>Open the ticket: {{ticket.url}}</p>');

-- The member's reply notification brings the reply itself (a template never edited gets the new default).
update response_template
   set body = '<p>Hello {{member.firstName}},</p><p>{{#agent.name}}{{agent.name}}{{/agent.name}}{{^agent.name}}Our support team{{/agent.name}} replied to your ticket {{ticket.reference}} "{{ticket.subject}}":</p><blockquote>{{reply.body}}</blockquote><p>See the conversation and reply: {{ticket.url}}</p><p>Kind regards,<br>{{client.name}}</p>'
 where kind = 'NEW_REPLY' and version = 0;

update response_template
   set body = '<p>Hello {{member.firstName}},</p><p>Your ticket {{ticket.reference}} "{{ticket.subject}}" is now <strong>{{ticket.status}}</strong>.</p><p>See your ticket: {{ticket.url}}</p><p>Kind regards,<br>{{client.name}}</p>'
 where kind = 'STATUS_CHANGED' and version = 0;
