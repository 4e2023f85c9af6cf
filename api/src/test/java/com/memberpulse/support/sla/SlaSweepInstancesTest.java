package com.memberpulse.support.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.sla.internal.DueWork;
import com.memberpulse.support.sla.internal.SweepMapper;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.support.TestClock;
import com.memberpulse.support.support.TestStack;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Escalations fire exactly once per ticket, target and level with two instances of the service sweeping one database
 * at the same time, and when an instance dies in the middle of a piece of work (its transaction never commits).
 */
class SlaSweepInstancesTest extends ApiIntegrationTest {

    static final Instant MONDAY_9 = SlaClocksApiTest.MONDAY_9;
    static final Instant FIRST_RESPONSE_WARNING = Instant.parse("2026-12-02T00:00:00Z");

    private static ConfigurableApplicationContext secondInstance;

    @Autowired
    TestClock clock;
    @Autowired
    SlaSweep sweep;
    @Autowired
    Escalations escalations;
    @Autowired
    SweepMapper due;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    Tenant tenant;
    String member;

    @BeforeAll
    static void startSecondInstance() {
        secondInstance = TestStack.startAnotherInstance(List.of("spring.datasource.hikari.maximum-pool-size=5"), TestClock.Configuration.class);
    }

    @AfterAll
    static void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @BeforeEach
    void tenant() {
        clock.stopAt(MONDAY_9);
        secondClock().stopAt(MONDAY_9);
        tenant = newTenant();
        member = tokens.token(tenant.slug(), List.of("ROLE_MEMBER"), c -> c.subject("sweep-member"));
    }

    @AfterEach
    void releaseTheClocks() {
        clock.release();
        secondClock().release();
    }

    @Test
    void twoInstancesSweepingAtOnceFireEachWarningOnce() {
        List<String> tickets = IntStream.range(0, 30).mapToObj(i -> raise()).toList();
        clock.stopAt(FIRST_RESPONSE_WARNING);
        secondClock().stopAt(FIRST_RESPONSE_WARNING);

        CompletableFuture<Integer> here = CompletableFuture.supplyAsync(sweep::sweep);
        CompletableFuture<Integer> there = CompletableFuture.supplyAsync(secondInstance.getBean(SlaSweep.class)::sweep);
        CompletableFuture.allOf(here, there).join();
        // A ticket someone held at that moment (the assignment consumer placing it) waits for a later sweep.
        sweepUntil(() -> tickets.stream().allMatch(ticket -> ledger(ticket, "WARNED") > 0));

        for (String ticket : tickets) {
            assertThat(ledger(ticket, "WARNED")).as("ticket %s", ticket).isEqualTo(1);
            assertThat(events(ticket, "sla.warning")).isEqualTo(1);
            assertThat(history(ticket, "FIRST_RESPONSE WARNED")).isEqualTo(1);
        }
    }

    @Test
    void workCutShortByADyingInstanceIsDoneOnceByTheNextSweep() {
        String ticket = raise();
        clock.stopAt(FIRST_RESPONSE_WARNING);
        secondClock().stopAt(FIRST_RESPONSE_WARNING);
        DueWork work = new TransactionTemplate(transactionManager).execute(status -> due.dueBy(FIRST_RESPONSE_WARNING.atOffset(ZoneOffset.UTC), 10_000))
                .stream().filter(row -> row.ticketId().toString().equals(ticket)).findFirst().orElseThrow();

        // The instance does the work and dies before it commits: the database forgets all of it. (The ticket may be held
        // for a moment by the assignment consumer placing it: BUSY, then try again.)
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> TenantContext.callIn(tenant,
                () -> new TransactionTemplate(transactionManager).execute(status -> {
                    Escalations.Outcome outcome = escalations.handle(work);
                    status.setRollbackOnly();
                    return outcome;
                })) == Escalations.Outcome.DONE);
        assertThat(ledger(ticket, "WARNED")).isZero();

        sweepUntil(() -> ledger(ticket, "WARNED") > 0);

        assertThat(ledger(ticket, "WARNED")).isEqualTo(1);
        assertThat(events(ticket, "sla.warning")).isEqualTo(1);
    }

    /** Both instances sweep, in turn, until {@code done} (or 20 s). */
    private void sweepUntil(BooleanSupplier done) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            secondInstance.getBean(SlaSweep.class).sweep();
            sweep.sweep();
            return done.getAsBoolean();
        });
    }

    private TestClock secondClock() {
        return secondInstance.getBean(TestClock.class);
    }

    private String raise() {
        String category = api.graphql(member, "{ ticketCategories { id } }").data("ticketCategories").get(0).path("id").asString();
        ApiResponse created = api.graphql(member, "mutation($c: ID!) { createTicket(input: {subject: \"Sweep\", description: \"<p>x</p>\", categoryId: $c}) { id } }",
                Map.of("c", category));
        assertThat(created.hasErrors()).as(created.body().toString()).isFalse();
        return created.data("createTicket").path("id").asString();
    }

    private int ledger(String ticket, String kind) {
        return jdbc.queryForObject("select count(*) from " + tenant.schemaName() + ".sla_ledger where ticket_id = ?::uuid and kind = ?",
                Integer.class, ticket, kind);
    }

    private int history(String ticket, String value) {
        return jdbc.queryForObject("select count(*) from " + tenant.schemaName() + ".ticket_history where ticket_id = ?::uuid and field = 'SLA'"
                + " and to_value = ?", Integer.class, ticket, value);
    }

    private int events(String ticket, String type) {
        return jdbc.queryForObject("select count(*) from support_control.event where ticket_id = ?::uuid and type = ?", Integer.class, ticket, type);
    }
}
