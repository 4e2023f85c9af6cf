-- The ticket rules SQL needs, defined once (issue: one source for shared rules). Java has the same rules in
-- TicketStatus.isOpen() and Priority.rank(); a test checks that both agree.

-- Whether a ticket in this status is still work to do: it weighs on its holder's load and can be assigned.
create function ticket_is_open(status text) returns boolean language sql immutable parallel safe as $$
    select status in ('OPEN', 'IN_PROGRESS', 'WAITING')
$$;

-- ticket_load_weight(priority) (V7) is the one priority weight: what an open ticket weighs on its holder, and the
-- queue's priority order. The queue's column takes it from there instead of a case expression of its own.
drop index ticket_by_priority;
alter table ticket drop column priority_rank;
alter table ticket add column priority_rank smallint generated always as (ticket_load_weight(priority)) stored;
create index ticket_by_priority on ticket (priority_rank, created_at, id);

drop index ticket_open_by_assignee;
create index ticket_open_by_assignee on ticket (assignee_id, priority) where assignee_id is not null and ticket_is_open(status);

create or replace function ticket_agent_load() returns trigger language plpgsql as $$
declare
    old_holder text;
    new_holder text;
    old_weight int := 0;
    new_weight int := 0;
begin
    if tg_op in ('UPDATE', 'DELETE') and old.assignee_id is not null and ticket_is_open(old.status) then
        old_holder := old.assignee_id;
        old_weight := ticket_load_weight(old.priority);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.assignee_id is not null and ticket_is_open(new.status) then
        new_holder := new.assignee_id;
        new_weight := ticket_load_weight(new.priority);
    end if;
    if old_holder is not distinct from new_holder and old_weight = new_weight then
        return null;
    end if;
    if old_holder is not null and new_holder is not null and old_holder <> new_holder then
        -- Both rows in id order, so two opposite reassignments at once cannot deadlock.
        perform 1 from support_agent where id in (old_holder, new_holder) order by id for update;
    end if;
    if old_holder is not null then
        update support_agent set open_load = open_load - old_weight, open_tickets = open_tickets - 1 where id = old_holder;
    end if;
    if new_holder is not null then
        update support_agent
           set open_load = open_load + new_weight, open_tickets = open_tickets + 1,
               -- Given the ticket just now (not a reopened or reprioritised one they held): workload balancing's tie-break.
               last_assigned_at = case when tg_op = 'INSERT' or old.assignee_id is distinct from new.assignee_id
                                       then now() else last_assigned_at end
         where id = new_holder;
    end if;
    return null;
end;
$$;

-- Automatic assignment orders its queue by when the ticket was raised, from its own table (it learns the time from
-- the ticket's event) rather than by reading the ticket table.
alter table assignment_queue add column ticket_created_at timestamptz;
update assignment_queue q set ticket_created_at = t.created_at from ticket t where t.id = q.ticket_id;
alter table assignment_queue alter column ticket_created_at set not null;
create index assignment_queue_by_age on assignment_queue (ticket_created_at, ticket_id);
