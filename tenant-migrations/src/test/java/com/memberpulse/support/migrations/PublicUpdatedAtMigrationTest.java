package com.memberpulse.support.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * V9 on a tenant with tickets: what a requester sees as a ticket's last change is its last history entry or public
 * reply, never a later internal note, and never later than the staff's {@code updated_at}.
 */
class PublicUpdatedAtMigrationTest {

    private static final String SCHEMA = "tenant_with_tickets";

    @RegisterExtension
    static final MigrationTestDatabase database = new MigrationTestDatabase();

    @Test
    void existingTicketsGetTheirLastChangeARequesterCouldSee() throws SQLException {
        TenantMigrator migrator = database.tenantAt(SCHEMA, "8");
        execute("""
                insert into ticket (id, number, subject, description, status, priority, category_id, requester_id, requester_type,
                                    requester_name, channel, created_by_id, created_at, updated_at)
                select id, number, 'S', '<p>d</p>', 'OPEN', 'MEDIUM', (select id from ticket_category order by position limit 1), 'm1',
                       'MEMBER', 'Mia', 'WEB', 'm1', '2026-11-01 09:00Z', updated
                  from (values ('00000000-0000-0000-0000-00000000000a'::uuid, 1, timestamptz '2026-11-01 12:00Z'),
                               ('00000000-0000-0000-0000-00000000000b'::uuid, 2, timestamptz '2026-11-01 11:00Z'),
                               ('00000000-0000-0000-0000-00000000000c'::uuid, 3, timestamptz '2026-11-01 09:00Z')) t (id, number, updated);
                insert into ticket_history (ticket_id, occurred_at, actor_type, field, to_value)
                select id, '2026-11-01 09:00Z', 'USER', 'CREATED', 'OPEN' from ticket;
                insert into ticket_history (ticket_id, occurred_at, actor_type, field, from_value, to_value)
                values ('00000000-0000-0000-0000-00000000000b', '2026-11-01 11:00Z', 'USER', 'STATUS', 'OPEN', 'IN_PROGRESS');
                -- A: a public reply at 10:00, then an internal note at 12:00 (what moved updated_at).
                insert into ticket_message (id, ticket_id, visibility, author_id, author_name, author_role, body, created_at)
                values (gen_random_uuid(), '00000000-0000-0000-0000-00000000000a', 'PUBLIC', 'a1', 'Ann', 'STAFF', '<p>r</p>', '2026-11-01 10:00Z'),
                       (gen_random_uuid(), '00000000-0000-0000-0000-00000000000a', 'INTERNAL', 'a1', 'Ann', 'STAFF', '<p>n</p>', '2026-11-01 12:00Z');
                """);

        migrator.migrateTenant("with-tickets");

        assertThat(publicUpdatedAt("a")).isEqualTo("2026-11-01 10:00:00+00");
        assertThat(publicUpdatedAt("b")).isEqualTo("2026-11-01 11:00:00+00");
        assertThat(publicUpdatedAt("c")).isEqualTo("2026-11-01 09:00:00+00");
    }

    private static String publicUpdatedAt(String ticket) throws SQLException {
        try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.execute("set timezone = 'UTC'");
            try (var rows = statement.executeQuery("select public_updated_at from " + SCHEMA
                    + ".ticket where id = '00000000-0000-0000-0000-00000000000" + ticket + "'")) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static void execute(String sql) throws SQLException {
        database.execute(SCHEMA, sql);
    }
}
