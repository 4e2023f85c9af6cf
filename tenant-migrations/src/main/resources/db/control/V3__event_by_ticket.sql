-- A ticket's events in the order they were recorded: a consumer asks whether its ticket has moved on since an event.
create index event_by_ticket on event (ticket_id, id) where ticket_id is not null;
