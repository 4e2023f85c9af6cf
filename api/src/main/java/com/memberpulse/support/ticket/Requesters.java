package com.memberpulse.support.ticket;

import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.text.TextInput;
import com.memberpulse.support.security.CurrentUser;
import com.memberpulse.support.security.Role;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.ticket.internal.RequesterDirectory;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who a new ticket is for: the caller themselves (members and sponsor users), or the requester staff name, who must
 * be a user of this association in Keycloak: a ticket is never stored for an id nobody checked. Staff find them by
 * name first ({@link #find}).
 */
@Component
class Requesters {

    static final int DEFAULT_FOUND = 10;
    static final int MAX_FOUND = 25;
    static final int MIN_SEARCH = 2;
    static final int MAX_SEARCH = 100;
    /** Wildcards and exact-match quotes mean something to Keycloak's search; here a search is plain text. */
    private static final Pattern KEYCLOAK_SYNTAX = Pattern.compile("[*\"]");

    private final RequesterDirectory directory;

    Requesters(RequesterDirectory directory) {
        this.directory = directory;
    }

    /** The requester staff raise a ticket for; IDENTITY_UNAVAILABLE when Keycloak cannot say whether they exist. */
    Requester onBehalfOf(@Nullable Requester given) {
        if (given == null) {
            throw SupportException.validation("input.onBehalfOf", "Staff raise tickets on behalf of a member or sponsor: say who.");
        }
        Requester requester = TicketText.requester(given);
        if (!directory.isUserOf(TenantContext.require().slug(), requester.id())) {
            throw SupportException.validation("input.onBehalfOf.id", "There is no such member in this association: check the requester's user id.");
        }
        return requester;
    }

    /**
     * The members and sponsor users of the caller's association {@code search} finds (each of its words starts a name,
     * username or e-mail address; Keycloak's wildcards and quotes are ignored), {@code first} at most; for staff.
     */
    List<Requester> find(@Nullable String search, @Nullable Integer first) {
        int max = first == null ? DEFAULT_FOUND : first;
        if (max < 1 || max > MAX_FOUND) {
            throw SupportException.validation("first", "first must be between 1 and " + MAX_FOUND + ".");
        }
        String words = Objects.requireNonNullElse(TextInput.tidyLine(KEYCLOAK_SYNTAX.matcher(Objects.toString(search, "")).replaceAll(" "),
                Integer.MAX_VALUE), "");
        int length = words.codePointCount(0, words.length());
        if (length < MIN_SEARCH || length > MAX_SEARCH) {
            throw SupportException.validation("search", "Type " + MIN_SEARCH + " to " + MAX_SEARCH
                    + " characters of a name, username or e-mail address.");
        }
        return directory.find(TenantContext.require().slug(), words, max);
    }

    /** A member or sponsor user raising a ticket for themselves, as their token says. */
    static Requester self(CurrentUser user, @Nullable Requester onBehalfOf) {
        if (onBehalfOf != null) {
            throw SupportException.validation("input.onBehalfOf", "Only staff raise tickets on behalf of someone else.");
        }
        RequesterType type = user.has(Role.SPONSOR_USER) || user.has(Role.SPONSOR_ADMIN) ? RequesterType.SPONSOR : RequesterType.MEMBER;
        return new Requester(user.userId(), type, user.displayName(), user.email());
    }
}
