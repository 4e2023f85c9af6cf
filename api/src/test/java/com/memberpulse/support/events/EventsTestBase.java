package com.memberpulse.support.events;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.awaitility.core.ConditionFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event tests' service: the whole API with {@link EventTestConsumers}, short back-offs, and a poll interval far
 * longer than any wait in the tests, so what they see arrives through PostgreSQL's notifications.
 */
@Import(EventTestConsumers.class)
public abstract class EventsTestBase extends ApiIntegrationTest {

    /** The relay settings of every instance the event tests start. */
    public static final String[] RELAY_SETTINGS = {
            "memberpulse.events.poll-interval=PT30S",
            "memberpulse.events.backoff-base=PT0.05S",
            "memberpulse.events.backoff-cap=PT0.2S",
            "memberpulse.events.max-attempts=3",
    };

    @Autowired
    protected EventLog eventLog;
    @Autowired
    protected EventRelay eventRelay;
    @Autowired
    protected TransactionTemplate transactions;
    @Autowired
    protected JdbcTemplate jdbc;

    /**
     * The test consumers start each test at the end of the log. They care only about the events their test appends;
     * the backlog other test classes left while this context was paused (the test framework stops the relay of a cached
     * context it is not using) would otherwise hold a test's event behind thousands of others in its partition.
     */
    @BeforeEach
    void skipTheBacklogOfOtherTests() {
        jdbc.update("""
                update support_control.event_consumer_progress
                   set position = greatest(position, (select coalesce(max(position), 0) from support_control.event)),
                       attempts = 0, retry_at = null, first_failed_at = null
                 where consumer like 'events-test-%'""");
    }

    @DynamicPropertySource
    static void relay(DynamicPropertyRegistry registry) {
        for (String setting : RELAY_SETTINGS) {
            String[] pair = setting.split("=", 2);
            registry.add(pair[0], () -> pair[1]);
        }
    }

    /** Appends one event in a transaction of its own, in {@code tenant}, and returns it once committed. */
    protected DomainEvent append(Tenant tenant, @Nullable UUID ticketId, String type, Object payload) {
        return TenantContext.callIn(tenant, () -> transactions.execute(status -> eventLog.append(ticketId, type, payload)));
    }

    /**
     * For tests of what becomes of an event (parked, redelivered, kept), not of how fast it arrives: in a full run the
     * relay of a context may first have to work through thousands of events that other test classes left while it was
     * paused (seen three times on 2026-11-29, 20 to 25 s, also with a 1 s poll), so these waits allow a minute.
     */
    protected static ConditionFactory eventuallyHandled() {
        return Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50));
    }

    protected static ConditionFactory eventually() {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20));
    }

    /** The event's position in the log, or null while it has none. */
    protected @Nullable Long position(long eventId) {
        return jdbc.query("select position from support_control.event where id = ?", rs -> rs.next() ? (Long) rs.getObject(1) : null, eventId);
    }

    /** A payload as the tests write it. */
    public record Step(int seq) {
    }
}
