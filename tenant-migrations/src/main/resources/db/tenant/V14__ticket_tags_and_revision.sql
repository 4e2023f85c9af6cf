-- Tags: staff's labels on a ticket, stored normalised (lower case, hyphens for spaces) and sorted; the queue filters by
-- any of them (the GIN index serves `tags && array[...]`).
alter table ticket add column tags text[] not null default '{}';
create index ticket_by_tag on ticket using gin (tags);

-- Every write of a ticket row moves its revision on by one (fields, tags, and the conversation, which touches the row):
-- the version of the ticket's document in the search index, so a drift check can compare the two and a replayed or
-- late write of an older revision never replaces a newer document. Unlike `version`, it is never asked of a client.
alter table ticket add column revision bigint not null default 1;
