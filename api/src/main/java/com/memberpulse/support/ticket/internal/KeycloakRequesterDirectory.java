package com.memberpulse.support.ticket.internal;

import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The realm's users through Keycloak's admin API: a user of an association is one whose {@code tenant} attribute
 * names it. Users found are remembered for {@link #REMEMBERED} (staff often raise several tickets for one member);
 * users not found are asked again every time, so one created a moment ago is found at once.
 */
@Component
public class KeycloakRequesterDirectory implements RequesterDirectory {

    static final Duration REMEMBERED = Duration.ofMinutes(2);
    private static final int MAX_REMEMBERED = 10_000;
    private static final Logger log = LoggerFactory.getLogger(KeycloakRequesterDirectory.class);

    private final Keycloak keycloak;
    private final String realm;
    private final String tenantAttribute;
    private final Clock clock;
    private final Map<String, Instant> foundUntil = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };

    public KeycloakRequesterDirectory(Keycloak keycloak, @Value("${memberpulse.keycloak.realm:memberpulse}") String realm,
                                      @Value("${memberpulse.security.tenant-claim:tenant}") String tenantAttribute, Clock clock) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.tenantAttribute = tenantAttribute;
        this.clock = clock;
    }

    @Override
    public boolean isUserOf(String tenant, String userId) {
        String key = tenant + "/" + userId;
        if (remembered(key)) {
            return true;
        }
        boolean found = lookUp(tenant, userId);
        if (found) {
            remember(key);
        }
        return found;
    }

    private boolean lookUp(String tenant, String userId) {
        try {
            UserRepresentation user = keycloak.realm(realm).users().get(userId).toRepresentation();
            List<String> tenants = user.getAttributes() == null ? null : user.getAttributes().get(tenantAttribute);
            return tenants != null && tenants.size() == 1 && tenant.equals(tenants.getFirst());
        } catch (NotFoundException e) {
            return false;
        } catch (ProcessingException | WebApplicationException e) {
            log.warn("Could not look up a requester in Keycloak", e);
            throw new SupportException(ErrorCode.IDENTITY_UNAVAILABLE, "Members cannot be looked up right now, so tickets cannot be "
                    + "raised on someone's behalf. Please try again in a few minutes; members can still raise their own tickets.");
        }
    }

    private synchronized boolean remembered(String key) {
        Instant until = foundUntil.get(key);
        return until != null && until.isAfter(clock.instant());
    }

    private synchronized void remember(String key) {
        foundUntil.put(key, clock.instant().plus(REMEMBERED));
    }
}
