-- The tenant's own schema. Every table of a tenant lives here, so a backup of the schema is the tenant.

create table tenant_profile (
    id           boolean     primary key default true check (id),
    slug         text        not null,
    display_name text        not null,
    created_at   timestamptz not null default now()
);
