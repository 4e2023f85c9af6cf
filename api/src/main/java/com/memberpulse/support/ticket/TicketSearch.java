package com.memberpulse.support.ticket;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The search index as the queue reads it: which tickets of the current tenant a search matches, where, and the queue's
 * counts per dimension. Implemented by the search feature (which depends on this one, not the reverse); every method
 * answers {@code SEARCH_UNAVAILABLE} while the index cannot be reached.
 */
public interface TicketSearch {

    /** The most matches a search considers (the best ones). */
    int MAX_MATCHES = 10_000;

    /** The current tenant's tickets matching the query's words and filter, best first, at most {@link #MAX_MATCHES}. */
    List<UUID> matching(Query query);

    /** Where the query's words matched in each of these tickets (those without a match are left out). */
    Map<UUID, List<Highlight>> highlights(Query query, Collection<UUID> ticketIds);

    /** Counts per value of each dimension, each under the query without its own part (see {@code TicketConnection.facets}). */
    Facets facets(Query query);

    /**
     * What to look for: the words ({@code null} for none: facets of a queue without a search) and the filter as the
     * queue resolved it ("me" made an id). {@code requesterId} set means a requester's own tickets, searched without
     * their internal notes. Lists match any of their values; empty lists match everything.
     */
    record Query(@Nullable String words, @Nullable String requesterId, List<String> statuses, List<String> priorities,
                 List<String> categoryIds, List<String> assigneeIds, boolean unassigned, @Nullable String requesterType,
                 @Nullable OffsetDateTime createdFrom, @Nullable OffsetDateTime createdTo, @Nullable OffsetDateTime updatedFrom,
                 @Nullable OffsetDateTime updatedTo, List<String> tags) {

        /** Whether internal notes are searched: staff's searches only. */
        public boolean includesNotes() {
            return requesterId == null;
        }
    }

    /** Where a search matched in one field: passages as HTML, the words in {@code <mark>}, the rest escaped. */
    record Highlight(Field field, List<String> fragments) {

        public enum Field { NUMBER, SUBJECT, DESCRIPTION, REPLIES, NOTES }
    }

    /** Counts per status, priority, category (id), assignee (user id, null for unassigned) and tag. */
    record Facets(List<FacetCount> status, List<FacetCount> priority, List<FacetCount> category, List<FacetCount> assignee,
                  List<FacetCount> tag) {
    }

    /** How many tickets have one value of a dimension. */
    record FacetCount(@Nullable String value, long count) {
    }
}
