package com.memberpulse.support.ticket;

import com.memberpulse.support.common.text.RichText;
import com.memberpulse.support.common.error.SupportException;
import java.util.regex.Pattern;

/** The input rules of a ticket's texts, with the field at fault in every refusal. */
final class TicketText {

    static final int MAX_SUBJECT = 200;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_NAME = 200;
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t]]");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private TicketText() {
    }

    /** A one-line plain-text subject: trimmed, inner whitespace collapsed, 1 to 200 characters. */
    static String subject(String raw) {
        String subject = raw == null ? "" : CONTROL.matcher(raw).replaceAll(" ").strip().replaceAll("\\s+", " ");
        if (subject.isEmpty()) {
            throw SupportException.validation("input.subject", "A subject is required.");
        }
        if (subject.length() > MAX_SUBJECT) {
            throw SupportException.validation("input.subject", "A subject may have at most " + MAX_SUBJECT + " characters.");
        }
        return subject;
    }

    /** Rich text, sanitised; it must still say something once the markup is gone. */
    static String description(String raw) {
        return RichText.required(raw, "input.description", MAX_DESCRIPTION, "A description", "A description is required.");
    }

    /** The requester staff name when raising a ticket on someone's behalf. */
    static Requester requester(Requester given) {
        if (given.id() == null || given.id().isBlank()) {
            throw SupportException.validation("input.onBehalfOf.id", "The requester's user id is required.");
        }
        if (given.type() == null) {
            throw SupportException.validation("input.onBehalfOf.type", "Say whether the requester is a member or a sponsor.");
        }
        String name = given.name() == null ? "" : given.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw SupportException.validation("input.onBehalfOf.name", "The requester's name is required (at most " + MAX_NAME + " characters).");
        }
        String email = given.email() == null || given.email().isBlank() ? null : given.email().strip();
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw SupportException.validation("input.onBehalfOf.email", "This is not an e-mail address.");
        }
        return new Requester(given.id().strip(), given.type(), name, email);
    }
}
