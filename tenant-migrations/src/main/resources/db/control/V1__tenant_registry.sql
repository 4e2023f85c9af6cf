-- The control schema: what the service needs to know before it knows the tenant.

create table tenant (
    slug           text        primary key,
    schema_name    text        not null unique,
    display_name   text        not null,
    state          text        not null check (state in ('ACTIVE', 'DISABLED', 'DELETED')),
    schema_version text,
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now(),
    disabled_at    timestamptz,
    constraint tenant_slug_format check (slug ~ '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' and length(slug) between 2 and 40),
    constraint tenant_schema_name_format check (schema_name ~ '^tenant_[a-z0-9_]+$')
);

-- Every request a platform admin makes inside a tenant (SPEC section 2). Append-only.
create table platform_access_audit (
    id            bigserial   primary key,
    occurred_at   timestamptz not null default now(),
    admin_subject text        not null,
    admin_name    text,
    tenant_slug   text        not null,
    http_method   text        not null,
    request_path  text        not null,
    operation     text
);

create index platform_access_audit_tenant_time on platform_access_audit (tenant_slug, occurred_at desc);

create function forbid_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only', tg_table_name;
end;
$$;

create trigger platform_access_audit_append_only
    before update or delete on platform_access_audit
    for each row execute function forbid_change();
