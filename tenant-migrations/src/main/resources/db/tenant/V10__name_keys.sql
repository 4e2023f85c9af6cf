-- Look-alike names (SPEC section 14, end): category and team names are unique on a key folded further than the name
-- as stored: NFKC, case-folded, without whitespace, control or invisible (Unicode Cf) characters, so "Billing" with a
-- zero-width space inside clashes with "Billing" while "m²" is still stored as typed. The service computes the key in
-- Java (TextInput.key) on every write; this migration backfills it for the names already stored, with text_key below,
-- which a test keeps in agreement with Java. Names that now clash are not refused: the first keeps the key, the
-- others get a key of their own (suffixed with their id) and are listed in name_key_clash for an admin to rename.

-- The characters a key ignores: controls, whitespace and invisible format characters (Unicode 15/16 Cf), as ranges.
-- Case folding is per code point (upper, then lower) under a Unicode-aware collation: pg_c_utf8 (PostgreSQL 17+), else
-- ICU's root locale, else the database's own (then only what its locale knows is folded).
do $migration$
declare
    ignored constant text := '[\u0001-\u0020\u007F-\u00A0\u00AD\u0600-\u0605\u061C\u06DD\u070F\u0890\u0891\u08E2\u1680\u180E'
        '\u2000-\u200F\u2028-\u202F\u205F-\u2064\u2066-\u206F\u3000\uFEFF\uFFF9-\uFFFB\U000110BD\U000110CD\U00013430-\U0001343F'
        '\U0001BCA0-\U0001BCA3\U0001D173-\U0001D17A\U000E0001\U000E0020-\U000E007F]';
    folding text := case
        when exists (select 1 from pg_collation where collname = 'pg_c_utf8') then 'pg_catalog.pg_c_utf8'
        when exists (select 1 from pg_collation where collname = 'und-x-icu') then 'pg_catalog."und-x-icu"'
        else 'pg_catalog."default"'
    end;
begin
    execute format($function$
        create function text_key(name text) returns text language sql immutable parallel safe as $key$
            select regexp_replace(lower(upper(normalize(regexp_replace(name, %1$L, '', 'g'), NFKC) collate %2$s)), %1$L, '', 'g')
        $key$ $function$, ignored, folding);
end
$migration$;

comment on function text_key(text) is 'The uniqueness key of a name, as the service computes it in Java (TextInput.key): used to backfill name_key.';

-- What the backfill found: each name whose key an earlier one already had. Rename or archive one of the two; the
-- service then gives the renamed row its real key.
create table name_key_clash (
    table_name      text        not null,
    row_id          uuid        not null,
    name            text        not null,
    clashes_with_id uuid        not null,
    clashes_with    text        not null,
    name_key        text        not null,
    found_at        timestamptz not null default now(),
    primary key (table_name, row_id)
);

-- Each table the same way, among the rows its unique index covers: categories among the active ones, the first in
-- the admins' order keeping the key; teams all, the oldest keeping it.
do $backfill$
declare
    target record;
begin
    for target in select * from (values
            ('ticket_category', 'ticket_category_name_key', 'archived_at is null', 'position, created_at, id'),
            ('support_team', 'support_team_name_key', null, 'created_at, id')) as t (table_name, index_name, covered, first)
    loop
        execute format('alter table %I add column name_key text', target.table_name);
        execute format('update %I set name_key = text_key(name)', target.table_name);
        execute format($clashes$
            insert into name_key_clash (table_name, row_id, name, clashes_with_id, clashes_with, name_key)
            select %1$L, id, name, first_id, first_name, name_key
              from (select id, name, name_key, row_number() over same_key as rank,
                           first_value(id) over same_key as first_id, first_value(name) over same_key as first_name
                      from %1$I where %2$s
                    window same_key as (partition by name_key order by %3$s)) ranked
             where rank > 1
            $clashes$, target.table_name, coalesce(target.covered, 'true'), target.first);
        execute format($suffix$
            update %1$I t set name_key = t.name_key || '#clash-' || t.id
              from name_key_clash k where k.table_name = %1$L and k.row_id = t.id
            $suffix$, target.table_name);
        execute format('alter table %I alter column name_key set not null', target.table_name);
        execute format('drop index %I', target.index_name);
        execute format('create unique index %I on %I (name_key)%s', target.index_name, target.table_name, ' where ' || target.covered);
    end loop;
end
$backfill$;

do $report$
declare
    clashes int := (select count(*) from name_key_clash);
begin
    if clashes > 0 then
        raise notice 'Schema %: % category or team names look alike an earlier one; see the table name_key_clash', current_schema(), clashes;
    end if;
end
$report$;
