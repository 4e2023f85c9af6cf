package com.memberpulse.support.search;

import com.memberpulse.support.search.index.TicketDocument;
import com.memberpulse.support.search.index.TicketIndices;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.TicketAutomation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Compares the current tenant's tickets in PostgreSQL with their documents in the index in use, by id and version
 * (the ticket's revision), and repairs what differs: missing and stale documents are written again from PostgreSQL,
 * documents of tickets that do not exist are deleted (see {@link #repair}). Holds the tenant's document versions in memory while it compares
 * (about 100 bytes a ticket).
 */
@Component
class SearchDrift {

    static final int LISTED = 100;
    private static final int PAGE = 1000;

    private final TicketIndices indices;
    private final TicketAutomation tickets;
    private final TicketDocuments documents;

    SearchDrift(TicketIndices indices, TicketAutomation tickets, TicketDocuments documents) {
        this.indices = indices;
        this.tickets = tickets;
        this.documents = documents;
    }

    /** What differs (see {@code SearchDrift} in the schema). */
    record Report(String tenant, long tickets, long documents, List<String> missing, List<String> stale, List<String> extra, long differences,
                  long repaired) {

        boolean isClean() {
            return differences == 0;
        }
    }

    Report check(boolean repair) throws IOException {
        String tenant = TenantContext.require().slug();
        String index = indices.ensureInUse();
        Map<String, Long> versions = new HashMap<>();
        indices.versions(index, tenant, page -> page.forEach(document -> versions.put(document.ticketId(), document.version())));
        long documentCount = versions.size();
        List<UUID> missing = new ArrayList<>();
        List<UUID> stale = new ArrayList<>();
        long ticketCount = 0;
        UUID after = null;
        while (true) {
            List<TicketAutomation.Revision> page = tickets.revisionsInIdOrder(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (TicketAutomation.Revision ticket : page) {
                Long version = versions.remove(ticket.id().toString());
                if (version == null) {
                    missing.add(ticket.id());
                } else if (version != ticket.revision()) {
                    stale.add(ticket.id());
                }
            }
            ticketCount += page.size();
            after = page.getLast().id();
        }
        List<String> extra = new ArrayList<>(versions.keySet());
        long repaired = repair ? repair(index, tenant, missing, stale, extra) : 0;
        return new Report(tenant, ticketCount, documentCount, listed(missing), listed(stale), extra.stream().sorted().limit(LISTED).toList(),
                missing.size() + stale.size() + extra.size(), repaired);
    }

    /**
     * Writes missing and stale documents at their ticket's revision and deletes the extra ones. A document newer than its
     * ticket (only after PostgreSQL was restored from a backup) refuses the rewrite and stays stale: rebuild the index
     * then. Documents are never deleted to be written again: a delete leaves a newer version behind, which would refuse
     * the rewrite too.
     */
    private long repair(String index, String tenant, List<UUID> missing, List<UUID> stale, List<String> extra) throws IOException {
        indices.delete(index, tenant, extra);
        long repaired = extra.size();
        List<UUID> rewrite = new ArrayList<>(missing);
        rewrite.addAll(stale);
        for (int from = 0; from < rewrite.size(); from += PAGE) {
            List<TicketDocument.Versioned> page = new ArrayList<>();
            rewrite.subList(from, Math.min(rewrite.size(), from + PAGE)).forEach(id -> documents.of(id).ifPresent(page::add));
            repaired += indices.write(index, page).written();
        }
        indices.refresh(index);
        return repaired;
    }

    private static List<String> listed(List<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().limit(LISTED).toList();
    }
}
