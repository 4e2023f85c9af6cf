package com.memberpulse.support.response;

import com.memberpulse.support.ticket.Priority;
import com.memberpulse.support.ticket.Ticket;
import com.memberpulse.support.ticket.TicketStatus;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a template is filled with: the ticket as stored, its category's name, the agent writing (or, for a
 * notification, the one who acted; null when nobody did) and the association's name. Values are plain text; the
 * renderer escapes them.
 */
public record TemplateValues(String memberName, String memberEmail, long ticketNumber, String ticketSubject,
                             TicketStatus ticketStatus, Priority ticketPriority, String categoryName,
                             String agentName, String agentEmail, String clientName, NoticeValues notice) {

    /** The values of a text rendered outside notifications (a reply template, a canned response). */
    public TemplateValues(String memberName, String memberEmail, long ticketNumber, String ticketSubject, TicketStatus ticketStatus,
                          Priority ticketPriority, String categoryName, String agentName, String agentEmail, String clientName) {
        this(memberName, memberEmail, ticketNumber, ticketSubject, ticketStatus, ticketPriority, categoryName, agentName, agentEmail,
                clientName, NoticeValues.NONE);
    }

    /**
     * What only a notification has: where its reader opens the ticket, the reply it tells of (sanitised rich text),
     * the SLA step of an escalation ("first response", "at risk"), and the status it tells of when that is not the
     * ticket's status now (an e-mail telling the status a burst of changes left). Null when the notification has none.
     */
    public record NoticeValues(@Nullable String ticketUrl, @Nullable String replyHtml, @Nullable String slaTarget, @Nullable String slaState,
                               @Nullable TicketStatus statusTold) {

        public static final NoticeValues NONE = new NoticeValues(null, null, null, null, null);

        /** A notification that links to the ticket and tells nothing else of its own. */
        public static NoticeValues link(String ticketUrl) {
            return new NoticeValues(ticketUrl, null, null, null, null);
        }

        public static NoticeValues reply(String ticketUrl, String replyHtml) {
            return new NoticeValues(ticketUrl, replyHtml, null, null, null);
        }

        public static NoticeValues statusChange(String ticketUrl, TicketStatus status) {
            return new NoticeValues(ticketUrl, null, null, null, status);
        }

        public static NoticeValues escalation(String ticketUrl, String slaTarget, String slaState) {
            return new NoticeValues(ticketUrl, null, slaTarget, slaState, null);
        }
    }

    /** These values for a notification. */
    public TemplateValues withNotice(NoticeValues notice) {
        return new TemplateValues(memberName, memberEmail, ticketNumber, ticketSubject,
                notice.statusTold() != null ? notice.statusTold() : ticketStatus, ticketPriority, categoryName, agentName, agentEmail,
                clientName, notice);
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    public static TemplateValues of(Ticket ticket, String categoryName, String agentName, String agentEmail, String clientName) {
        return new TemplateValues(ticket.requesterName(), ticket.requesterEmail(), ticket.number(), ticket.subject(),
                ticket.status(), ticket.priority(), categoryName, agentName, agentEmail, clientName);
    }

    /**
     * A made-up ticket to preview a template against before any real one exists: every variable has a value, and a
     * two-word member name shows how names split. The schema describes the same values on
     * {@code previewResponseTemplate}; only the association's name is real.
     */
    public static TemplateValues sample(String clientName) {
        return new TemplateValues("Maria Jensen", "maria.jensen@example.org", 1042, "Renewal payment failed",
                TicketStatus.IN_PROGRESS, Priority.MEDIUM, "Membership", "Alex Morgan", "alex.morgan@example.org", clientName,
                new NoticeValues("https://support.example.org/tickets/1042",
                        "<p>Thanks for your patience, Maria: your renewal went through this morning.</p>", "resolution", "at risk", null));
    }

    /**
     * Tickets store the requester's display name as one text, so names are split at the first space: the first
     * word is the first name, the rest the last name ("Mary Ann Smith": "Mary", "Ann Smith"); a one-word name is
     * all first name.
     */
    String memberFirstName() {
        return firstWord(memberName);
    }

    String memberLastName() {
        return afterFirstWord(memberName);
    }

    String agentFirstName() {
        return firstWord(agentName);
    }

    /** Lower case, to read well inside a sentence: "Your ticket is now in progress". */
    String statusInWords() {
        return ticketStatus == null ? null : switch (ticketStatus) {
            case OPEN -> "open";
            case IN_PROGRESS -> "in progress";
            case WAITING -> "waiting for your reply";
            case RESOLVED -> "resolved";
            case CLOSED -> "closed";
        };
    }

    String priorityInWords() {
        return ticketPriority == null ? null : ticketPriority.name().toLowerCase(Locale.ROOT);
    }

    private static String firstWord(String name) {
        String[] words = words(name);
        return words.length == 0 ? null : words[0];
    }

    private static String afterFirstWord(String name) {
        String[] words = words(name);
        return words.length < 2 ? null : String.join(" ", Arrays.copyOfRange(words, 1, words.length));
    }

    private static String[] words(String name) {
        String trimmed = name == null ? "" : name.strip();
        return trimmed.isEmpty() ? new String[0] : WHITESPACE.split(trimmed);
    }
}
