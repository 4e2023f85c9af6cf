package com.memberpulse.support.support;

/**
 * The benchmarks' tickets, written by one set-based statement: spread as a busy tenant's would be (5 statuses, 3
 * priorities, the tenant's 6 default categories, a fifth from sponsors, two thirds held by one of 20 agents), arriving
 * in order over two years, so that the table's physical order follows {@code created_at} as it would. Parameters: the
 * total count (which spaces the creation times), then the first and last ticket of this batch (1-based).
 */
public final class SeededTickets {

    public static final String SQL = """
            with categories as (select array_agg(id order by position) as ids from ticket_category)
            insert into ticket (id, number, subject, description, status, priority, category_id, requester_id, requester_type,
                                requester_name, requester_email, assignee_id, assignee_name, channel, created_by_id,
                                created_at, updated_at)
            select gen_random_uuid(), nextval('ticket_number_seq'), 'Seeded ticket ' || n, '<p>Seeded ticket ' || n || '.</p>',
                   (array['OPEN', 'IN_PROGRESS', 'WAITING', 'RESOLVED', 'CLOSED'])[1 + floor(status * 5)::int],
                   (array['LOW', 'MEDIUM', 'HIGH'])[1 + floor(priority * 3)::int],
                   categories.ids[1 + floor(category * 6)::int],
                   'member-' || requester, case when sponsor < 0.2 then 'SPONSOR' else 'MEMBER' end,
                   'Member ' || requester, 'member-' || requester || '@example.org',
                   case when assigned < 2.0 / 3 then 'agent-' || agent end,
                   case when assigned < 2.0 / 3 then 'Agent ' || agent end,
                   (array['WEB', 'EMAIL', 'PHONE', 'CHAT', 'API'])[1 + floor(channel * 5)::int], 'seed',
                   created, created + updated_after
              from (select n, random() as status, random() as priority, random() as category,
                           floor(random() * 50000)::int as requester, random() as sponsor, random() as assigned,
                           1 + floor(random() * 20)::int as agent, random() as channel,
                           timestamptz '2024-11-01 00:00Z' + (n + random()) * (interval '730 days' / ?) as created,
                           random() * interval '30 days' as updated_after
                      from generate_series(?, ?) as n) as seeded, categories""";

    private SeededTickets() {
    }
}
