package com.memberpulse.support.ticket;

import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.text.RichText;
import com.memberpulse.support.common.text.TextInput;
import java.util.regex.Pattern;

/** The input rules of a ticket's texts, with the field at fault in every refusal. */
final class TicketText {

    static final int MAX_SUBJECT = 200;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_NAME = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private TicketText() {
    }

    /** A one-line plain-text subject (see {@link TextInput#line}), 1 to 200 characters. */
    static String subject(String raw) {
        return TextInput.line(raw, "input.subject", MAX_SUBJECT, "A subject");
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
        String name = TextInput.line(given.name(), "input.onBehalfOf.name", MAX_NAME, "The requester's name");
        String email = given.email() == null || given.email().isBlank() ? null : given.email().strip();
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw SupportException.validation("input.onBehalfOf.email", "This is not an e-mail address.");
        }
        return new Requester(given.id().strip(), given.type(), name, email);
    }
}
