package com.memberpulse.support.ticket.internal;

import com.memberpulse.support.security.Role;
import com.memberpulse.support.ticket.RequesterType;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * Whether a user may raise tickets, and as what, by their effective realm roles (held directly, through a group or a
 * composite role). Keycloak's user search cannot filter by role nor return roles, and listing every holder of
 * ROLE_MEMBER would read the whole realm, so each user's roles are read on their own (one call) and remembered for
 * {@link #REMEMBERED}: a look-up typed letter by letter asks again only for people it has not seen yet, and a role
 * given or taken in Keycloak shows here within that time.
 */
final class RequesterRoles {

    static final Duration REMEMBERED = Duration.ofMinutes(2);
    private static final int MAX_REMEMBERED = 10_000;

    private final Clock clock;
    private final Map<String, Remembered> byUser = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };

    private record Remembered(@Nullable RequesterType type, Instant until) {
    }

    RequesterRoles(Clock clock) {
        this.clock = clock;
    }

    /** What a holder of these realm roles raises tickets as: a sponsor role wins over ROLE_MEMBER; staff roles alone, nothing. */
    static Optional<RequesterType> typeOf(Collection<String> roles) {
        if (roles.contains(Role.SPONSOR_USER.authority()) || roles.contains(Role.SPONSOR_ADMIN.authority())) {
            return Optional.of(RequesterType.SPONSOR);
        }
        return roles.contains(Role.MEMBER.authority()) ? Optional.of(RequesterType.MEMBER) : Optional.empty();
    }

    /** What the user raises tickets as, if anything; asks Keycloak unless it did so lately. */
    Optional<RequesterType> typeOf(RealmResource realm, String userId) {
        Remembered remembered = remembered(userId);
        if (remembered != null) {
            return Optional.ofNullable(remembered.type());
        }
        Optional<RequesterType> type;
        try {
            type = typeOf(realm.users().get(userId).roles().realmLevel().listEffective().stream().map(RoleRepresentation::getName).toList());
        } catch (NotFoundException deletedSinceFound) {
            type = Optional.empty();
        }
        remember(userId, type.orElse(null));
        return type;
    }

    private synchronized @Nullable Remembered remembered(String userId) {
        Remembered remembered = byUser.get(userId);
        return remembered != null && remembered.until().isAfter(clock.instant()) ? remembered : null;
    }

    private synchronized void remember(String userId, @Nullable RequesterType type) {
        byUser.put(userId, new Remembered(type, clock.instant().plus(REMEMBERED)));
    }
}
