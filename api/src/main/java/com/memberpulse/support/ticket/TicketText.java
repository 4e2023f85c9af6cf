package com.memberpulse.support.ticket;

import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.input.Ids;
import com.memberpulse.support.common.text.RichText;
import com.memberpulse.support.common.text.TextInput;
import java.util.UUID;
import java.util.regex.Pattern;

/** The input rules of a ticket's texts, with the field at fault in every refusal. */
final class TicketText {

    static final int MAX_SUBJECT = 200;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_NAME = 200;
    /** The longest address SMTP carries (RFC 5321). */
    static final int MAX_EMAIL = 254;
    // No spaces, invisible characters or the specials only quoted local parts use: an address safe in a mail header.
    private static final String ADDRESS_PART = "[^@\\s\\p{Z}\\p{C}<>()\\[\\]\\\\,;:\"]+";
    private static final Pattern EMAIL = Pattern.compile("^" + ADDRESS_PART + "@" + ADDRESS_PART + "\\." + ADDRESS_PART + "$");

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

    /**
     * The requester staff name when raising a ticket on someone's behalf. Their id is a Keycloak user id, a UUID: it is
     * kept in its canonical form (whether such a user exists is for the caller to ask the directory).
     */
    static Requester requester(Requester given) {
        if (given.id() == null || given.id().isBlank()) {
            throw SupportException.validation("input.onBehalfOf.id", "The requester's user id is required.");
        }
        UUID id = Ids.of(given.id().strip());
        if (Ids.NOTHING.equals(id)) {
            throw SupportException.validation("input.onBehalfOf.id",
                    "The requester's user id is their id in Keycloak, a UUID such as 0b6f1c2e-5d3a-4f7e-9a1b-2c3d4e5f6a7b.");
        }
        if (given.type() == null) {
            throw SupportException.validation("input.onBehalfOf.type", "Say whether the requester is a member or a sponsor.");
        }
        String name = TextInput.line(given.name(), "input.onBehalfOf.name", MAX_NAME, "The requester's name");
        String email = given.email() == null || given.email().isBlank() ? null : given.email().strip();
        if (email != null && email.codePointCount(0, email.length()) > MAX_EMAIL) {
            throw SupportException.validation("input.onBehalfOf.email", "An e-mail address has at most " + MAX_EMAIL + " characters.");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw SupportException.validation("input.onBehalfOf.email", "This is not an e-mail address.");
        }
        return new Requester(id.toString(), given.type(), name, email);
    }
}
