package com.memberpulse.support.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The realm roles of SPEC section 2. The Keycloak role (and Spring authority) is the name with {@code ROLE_}. */
public enum Role {
    MEMBER, SPONSOR_USER, SPONSOR_ADMIN, CLIENT_USER, CLIENT_ADMIN, PLATFORM_ADMIN;

    /** Association staff: agents and admins. */
    public static final Set<Role> STAFF = EnumSet.of(CLIENT_USER, CLIENT_ADMIN);
    /** Those who raise tickets for themselves. */
    public static final Set<Role> REQUESTERS = EnumSet.of(MEMBER, SPONSOR_USER, SPONSOR_ADMIN);

    public String authority() {
        return "ROLE_" + name();
    }

    static Optional<Role> fromAuthority(String authority) {
        if (authority == null || !authority.startsWith("ROLE_")) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(authority.substring("ROLE_".length())));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
