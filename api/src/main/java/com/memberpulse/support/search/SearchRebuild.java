package com.memberpulse.support.search;

import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.events.EventLog;
import com.memberpulse.support.message.MessageAdded;
import com.memberpulse.support.search.index.TicketDocument;
import com.memberpulse.support.search.index.TicketIndices;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.tenant.TenantService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the search index from PostgreSQL without downtime: fills the next index tenant by tenant while the one in
 * use serves and keeps receiving the indexer's writes; replays the tickets changed meanwhile from the event backbone's
 * log (from its position before the fill began); moves every alias to the new index in one step; replays once more
 * (changes the indexer wrote into the old index between the replay and the move); then drops the old index. Versions
 * make every replay harmless: a document is only ever replaced by a newer revision. One rebuild at a time per deployment
 * (a PostgreSQL advisory lock, held on a connection of its own, released if the instance dies).
 */
@Component
class SearchRebuild {

    private static final Logger log = LoggerFactory.getLogger(SearchRebuild.class);
    private static final long LOCK_KEY = 1936945006L;
    private static final int PAGE = 500;
    private static final int LOG_PAGE = 1000;

    private final TicketIndices indices;
    private final TicketDocuments documents;
    private final SearchTenants searchTenants;
    private final TenantService tenants;
    private final EventLog events;
    private final DataSource dataSource;
    private final AtomicReference<@Nullable Progress> latest = new AtomicReference<>();

    SearchRebuild(TicketIndices indices, TicketDocuments documents, SearchTenants searchTenants, TenantService tenants, EventLog events,
                  DataSource dataSource) {
        this.indices = indices;
        this.documents = documents;
        this.searchTenants = searchTenants;
        this.tenants = tenants;
        this.events = events;
        this.dataSource = dataSource;
    }

    /** Where a rebuild stands (see {@code SearchReindex} in the schema). */
    record Progress(State state, String index, int tenantsDone, int tenantsTotal, long ticketsIndexed, OffsetDateTime startedAt,
                    @Nullable OffsetDateTime finishedAt, @Nullable String error) {

        enum State { RUNNING, DONE, FAILED }

        Progress tenantDone(long tickets) {
            return new Progress(state, index, tenantsDone + 1, tenantsTotal, ticketsIndexed + tickets, startedAt, null, null);
        }

        Progress indexed(long tickets) {
            return new Progress(state, index, tenantsDone, tenantsTotal, ticketsIndexed + tickets, startedAt, null, null);
        }

        Progress finished(State end, @Nullable String why) {
            return new Progress(end, index, tenantsDone, tenantsTotal, ticketsIndexed, startedAt, OffsetDateTime.now(ZoneOffset.UTC), why);
        }
    }

    /** The latest rebuild this instance ran or runs. */
    Optional<Progress> latest() {
        return Optional.ofNullable(latest.get());
    }

    /**
     * Runs a rebuild to its end on the calling thread, reporting progress to {@code listener} after every tenant and every
     * replay. CONFLICT if one is running anywhere.
     */
    Progress run(java.util.function.Consumer<Progress> listener) {
        try (Connection lock = dataSource.getConnection()) {
            if (!tryLock(lock)) {
                throw SupportException.conflict("A rebuild of the search index is already running.");
            }
            try {
                return rebuild(listener);
            } finally {
                unlock(lock);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The rebuild's lock could not be taken", e);
        }
    }

    private Progress rebuild(java.util.function.Consumer<Progress> listener) {
        String from;
        String to;
        try {
            from = indices.ensureInUse();
            to = indices.next();
        } catch (IOException | RuntimeException e) {
            throw SearchFailures.unavailable(e);
        }
        List<Tenant> active = tenants.active();
        Progress progress = new Progress(Progress.State.RUNNING, to, 0, active.size(), 0, OffsetDateTime.now(ZoneOffset.UTC), null, null);
        publish(progress, listener);
        try {
            indices.delete(to);
            indices.create(to);
            long position = events.lastPosition();
            for (Tenant tenant : active) {
                long written = TenantContext.callIn(tenant, () -> fill(to));
                progress = publish(progress.tenantDone(written), listener);
            }
            Replay replay = replay(to, position);
            progress = publish(progress.indexed(replay.tickets()), listener);
            indices.swap(from, to, tenants.active().stream().map(Tenant::slug).toList());
            searchTenants.forget();
            Replay last = replay(to, replay.position());
            indices.refresh(to);
            indices.delete(from);
            return publish(progress.indexed(last.tickets()).finished(Progress.State.DONE, null), listener);
        } catch (IOException | RuntimeException e) {
            log.error("The search index rebuild failed; {} still serves", from, e);
            return publish(progress.finished(Progress.State.FAILED, e.getMessage()), listener);
        }
    }

    /** Writes every ticket of the current tenant into {@code index}; how many. */
    private long fill(String index) {
        long written = 0;
        UUID after = null;
        while (true) {
            List<TicketDocument.Versioned> page = documents.page(after, PAGE);
            if (page.isEmpty()) {
                return written;
            }
            write(index, page);
            written += page.size();
            after = UUID.fromString(page.getLast().document().id());
        }
    }

    private record Replay(long position, long tickets) {
    }

    /** Rewrites into {@code index} the tickets of the events logged after {@code position}; the position reached. */
    private Replay replay(String index, long position) {
        long reached = position;
        long tickets = 0;
        while (true) {
            List<EventLog.Positioned> batch = events.after(reached, LOG_PAGE);
            if (batch.isEmpty()) {
                return new Replay(reached, tickets);
            }
            Map<String, Set<UUID>> changed = new LinkedHashMap<>();
            for (EventLog.Positioned positioned : batch) {
                var event = positioned.event();
                if (event.ticketId() != null && (event.type().startsWith("ticket.") || event.type().equals(MessageAdded.TYPE))) {
                    changed.computeIfAbsent(event.tenant(), t -> new LinkedHashSet<>()).add(event.ticketId());
                }
            }
            for (Map.Entry<String, Set<UUID>> entry : changed.entrySet()) {
                Optional<Tenant> tenant = tenants.find(entry.getKey()).filter(Tenant::isActive);
                if (tenant.isPresent()) {
                    tickets += TenantContext.callIn(tenant.get(), () -> {
                        List<TicketDocument.Versioned> current = new ArrayList<>();
                        entry.getValue().forEach(id -> documents.of(id).ifPresent(current::add));
                        write(index, current);
                        return current.size();
                    });
                }
            }
            reached = batch.getLast().position();
        }
    }

    private void write(String index, List<TicketDocument.Versioned> page) {
        try {
            indices.write(index, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Progress publish(Progress progress, java.util.function.Consumer<Progress> listener) {
        latest.set(progress);
        listener.accept(progress);
        return progress;
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("select pg_try_advisory_lock(" + LOCK_KEY + ")")) {
            return result.next() && result.getBoolean(1);
        }
    }

    private static void unlock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + LOCK_KEY + ")");
        }
    }
}
