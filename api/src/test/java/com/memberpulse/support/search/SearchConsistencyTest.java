package com.memberpulse.support.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.memberpulse.support.search.index.TicketDocument;
import com.memberpulse.support.search.index.TicketIndices;
import com.memberpulse.support.tenant.Tenant;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The index never drifts from PostgreSQL: concurrent changes of one ticket end as its latest revision, the drift check
 * finds and repairs what differs, and a rebuild under writes loses nothing. The drift check is the oracle.
 */
class SearchConsistencyTest extends SearchTestBase {

    @Autowired
    ElasticsearchClient client;
    @Autowired
    TicketIndices indices;
    @Autowired
    SearchRebuild rebuild;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @BeforeEach
    void tenant() {
        newSearchTenant();
    }

    @Test
    void concurrentChangesOfOneTicketEndInTheIndexAsItsLatestRevision() throws Exception {
        String id = raise(member, "Chapter meeting", "<p>Room booking.</p>");
        ExecutorService writers = Executors.newFixedThreadPool(6);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            int writer = w;
            done.add(writers.submit(() -> {
                for (int i = 0; i < 5; i++) {
                    if (writer % 2 == 0) {
                        api.graphql(agent, "mutation($id: ID!, $t: [String!]!) { addTicketTags(input: {id: $id, tags: $t}) { id } }",
                                Map.of("id", id, "t", List.of("w" + writer + "-" + i)));
                    } else {
                        reply(writer % 3 == 0 ? agent : member, id, "<p>Message " + writer + "-" + i + "</p>");
                    }
                }
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        writers.shutdown();
        awaitIndexed();

        TicketDocument indexed = client.search(s -> s.index(indices.aliasOf(tenant.slug())).query(q -> q.term(t -> t.field("id").value(id))),
                TicketDocument.class).hits().hits().getFirst().source();
        assertThat(indexed.tags()).hasSize(15);
        assertThat(indexed.replies()).hasSize(15);
    }

    @Test
    void theDriftCheckFindsMissingStaleAndExtraDocumentsAndRepairsThem() throws IOException {
        raise(member, "Kept", "<p>One</p>");
        String changed = raise(member, "Changed", "<p>Three</p>");
        awaitIndexed();
        // Changes whose events never reached the indexer (written behind the service's back), and a stray document.
        String schema = tenant.schemaName();
        UUID lost = UUID.randomUUID();
        transactions.executeWithoutResult(tx -> {
            jdbc.execute("set local search_path to " + schema);
            jdbc.update("insert into " + schema + ".ticket (id, number, subject, description, status, priority, category_id, requester_id,"
                    + " requester_type, requester_name, channel, created_by_id, created_at, updated_at, public_updated_at)"
                    + " select ?::uuid, nextval('" + schema + ".ticket_number_seq'), 'Lost', description, status, priority, category_id, requester_id,"
                    + " requester_type, requester_name, channel, created_by_id, created_at, updated_at, public_updated_at from " + schema
                    + ".ticket where id = ?::uuid", lost.toString(), changed);
            jdbc.update("update " + schema + ".ticket set subject = 'Changed again', revision = revision + 1 where id = ?::uuid", changed);
        });
        TicketDocument ghost = new TicketDocument(tenant.slug(), UUID.randomUUID().toString(), 999, "#999", "Ghost", "", List.of(), List.of(),
                "OPEN", "LOW", category, null, "x", "MEMBER", List.of(), java.time.Instant.now(), java.time.Instant.now());
        indices.write(indices.current(), List.of(new TicketDocument.Versioned(ghost, 1)));

        SearchDrift.Report found = driftOf(tenant, false);
        assertThat(found.missing()).containsExactly(lost.toString());
        assertThat(found.stale()).containsExactly(changed);
        assertThat(found.extra()).containsExactly(ghost.id());
        assertThat(found.tickets()).isEqualTo(3);
        assertThat(found.documents()).isEqualTo(3);
        assertThat(found.differences()).isEqualTo(3);
        assertThat(SearchQueueTest.ids(api.graphql(agent, "{ tickets(filter: {search: \"again\"}) { edges { node { id } } } }"))).isEmpty();

        assertThat(driftOf(tenant, true).repaired()).isEqualTo(3);
        assertThat(driftOf(tenant, false).isClean()).isTrue();
        assertThat(SearchQueueTest.ids(api.graphql(agent, "{ tickets(filter: {search: \"lost\"}) { edges { node { id } } } }"))).containsExactly(lost.toString());
        assertThat(SearchQueueTest.ids(api.graphql(agent, "{ tickets(filter: {search: \"again\"}) { edges { node { id } } } }"))).containsExactly(changed);
    }

    @Test
    void aRebuildUnderWritesServesThroughoutAndLosesNothing() throws Exception {
        for (int i = 0; i < 20; i++) {
            raise(member, "Before rebuild " + i, "<p>Seminar seats</p>");
        }
        awaitIndexed();
        String before = indices.ensureInUse();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        AtomicInteger searchFailures = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(2);
        Future<?> writer = load.submit(() -> {
            while (writing.get()) {
                String id = raise(member, "During rebuild " + written.incrementAndGet(), "<p>Seminar seats</p>");
                reply(agent, id, "<p>Seats confirmed</p>");
            }
        });
        Future<?> reader = load.submit(() -> {
            while (writing.get()) {
                if (api.graphql(agent, "{ tickets(filter: {search: \"seminar\"}, first: 1) { totalCount } }").hasErrors()) {
                    searchFailures.incrementAndGet();
                }
            }
        });

        SearchRebuild.Progress progress = rebuild.run(p -> { });
        writing.set(false);
        writer.get();
        reader.get();
        load.shutdown();

        assertThat(progress.state()).isEqualTo(SearchRebuild.Progress.State.DONE);
        assertThat(indices.ensureInUse()).isNotEqualTo(before).isEqualTo(progress.index());
        assertThat(searchFailures.get()).as("searches served throughout").isZero();
        assertThat(written.get()).isPositive();
        awaitIndexed();
        Tenant which = tenant;
        assertThat(driftOf(which, false).tickets()).isEqualTo(20 + written.get());
        assertThat(api.graphql(agent, "{ tickets(filter: {search: \"seminar\"}) { totalCount } }").data("tickets").path("totalCount").asInt())
                .isEqualTo(20 + written.get());
    }
}
