-- File attachments (SPEC section 5): uploaded first, then claimed by a ticket's description, a reply or a
-- note. The bytes live in this schema too, so a backup of the tenant has its files.

-- The tenant's limits: one row. The API's multipart limit (spring.servlet.multipart) sits above the
-- largest value the check allows, so the tenant's limit is the one that decides.
create table attachment_settings (
    id                    boolean     primary key default true check (id),
    max_file_bytes        bigint      not null default 26214400 check (max_file_bytes between 1 and 104857600),
    max_files_per_message integer     not null default 10 check (max_files_per_message between 1 and 100),
    updated_at            timestamptz not null default now()
);

insert into attachment_settings default values;

create table attachment (
    id           uuid        primary key,
    -- Sanitised: no directories, control characters or reserved device names.
    file_name    text        not null,
    -- Detected from the content, never taken from the client.
    content_type text        not null,
    size_bytes   bigint      not null check (size_bytes > 0),
    sha256       text        not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by  text        not null,
    created_at   timestamptz not null default now(),
    -- Set together when a ticket or message claims the upload. Copied from the ticket and message so that a
    -- download is authorised from this row alone: the requester never changes, nor does a message's visibility.
    ticket_id    uuid        references ticket (id),
    -- Null for the files of the ticket's own description.
    message_id   uuid        references ticket_message (id),
    visibility   text        check (visibility in ('PUBLIC', 'INTERNAL')),
    requester_id text,
    claimed_at   timestamptz,
    constraint attachment_claimed_whole check (
        (claimed_at is null and ticket_id is null and message_id is null and visibility is null and requester_id is null)
        or (claimed_at is not null and ticket_id is not null and visibility is not null and requester_id is not null))
);

-- The files of a ticket's description, of a page of messages, and the uploads the clean-up removes.
create index attachment_by_ticket on attachment (ticket_id) where message_id is null;
create index attachment_by_message on attachment (message_id) where message_id is not null;
create index attachment_unclaimed on attachment (created_at) where claimed_at is null;

-- The bytes, apart from the metadata so that listing files never reads them.
create table attachment_content (
    id      uuid  primary key references attachment (id),
    content bytea not null
);
