package com.memberpulse.support.assignment;

import com.memberpulse.support.common.text.RichText;
import com.memberpulse.support.ticket.Priority;
import com.memberpulse.support.ticket.RequesterType;
import com.memberpulse.support.ticket.Ticket;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An automatic assignment rule. Rules are tried in {@code position} order and the first enabled one whose
 * conditions all hold wins. An empty condition list matches every ticket; keywords are stored lower-case and match
 * anywhere in the subject or in the description's text, ignoring case. The target is one agent, or a team with a
 * strategy.
 */
public record AssignmentRule(
        UUID id,
        String name,
        int position,
        boolean enabled,
        List<UUID> categoryIds,
        List<Priority> priorities,
        List<RequesterType> requesterTypes,
        List<String> keywords,
        String targetAgentId,
        UUID targetTeamId,
        AssignmentStrategy strategy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        int version) {

    public AssignmentRule {
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
        priorities = priorities == null ? List.of() : List.copyOf(priorities);
        requesterTypes = requesterTypes == null ? List.of() : List.copyOf(requesterTypes);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** Whether the ticket satisfies every condition (disabled rules match nothing). */
    public boolean matches(Ticket ticket) {
        return matches(ticket, new SearchableText(ticket));
    }

    /** The first rule, in order, that matches; null when none does (the ticket stays unassigned). */
    public static AssignmentRule firstMatch(List<AssignmentRule> inOrder, Ticket ticket) {
        SearchableText text = new SearchableText(ticket);
        return inOrder.stream().filter(rule -> rule.matches(ticket, text)).findFirst().orElse(null);
    }

    private boolean matches(Ticket ticket, SearchableText text) {
        return enabled
                && (categoryIds.isEmpty() || categoryIds.contains(ticket.categoryId()))
                && (priorities.isEmpty() || priorities.contains(ticket.priority()))
                && (requesterTypes.isEmpty() || requesterTypes.contains(ticket.requesterType()))
                && (keywords.isEmpty() || keywords.stream().anyMatch(text.get()::contains));
    }

    /** The subject and the description's text, lower-case: parsed once per ticket, only if a rule has keywords. */
    private static final class SearchableText {

        private final Ticket ticket;
        private String text;

        SearchableText(Ticket ticket) {
            this.ticket = ticket;
        }

        String get() {
            if (text == null) {
                text = (ticket.subject() + "\n" + RichText.plainText(ticket.description())).toLowerCase(Locale.ROOT);
            }
            return text;
        }
    }
}
