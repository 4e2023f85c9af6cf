package com.memberpulse.support.ticket.internal;

import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.common.text.TextInput;
import com.memberpulse.support.security.CurrentUser;
import com.memberpulse.support.ticket.Requester;
import com.memberpulse.support.ticket.RequesterType;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The realm's users through Keycloak's admin API: a user of an association is one whose {@code tenant} attribute
 * names it. Users found are remembered for {@link #REMEMBERED} (staff often raise several tickets for one member);
 * users not found are asked again every time, so one created a moment ago is found at once.
 * <p>
 * A look-up ({@link #find}) is one search of the realm ({@link #SEARCHED} users at most, every association's: the
 * search cannot filter by attribute), kept to the association's enabled users in memory, then one call per user not
 * seen in the last minutes to read their roles ({@link RequesterRoles}), for {@code max} + {@link #SPARE_CANDIDATES} of
 * them at most. Those it returns are remembered as found, so raising a ticket for one of them asks Keycloak nothing more.
 */
@Component
public class KeycloakRequesterDirectory implements RequesterDirectory {

    static final Duration REMEMBERED = Duration.ofMinutes(2);
    private static final int MAX_REMEMBERED = 10_000;
    /** Users one search reads: Keycloak's own default page. More matches than this across all associations: type more. */
    static final int SEARCHED = 100;
    /** The association's users one search considers beyond the people asked for: room for staff among them, but bounded. */
    static final int SPARE_CANDIDATES = 10;
    /** As long as a name typed here may be. */
    private static final int MAX_NAME = 200;
    private static final Logger log = LoggerFactory.getLogger(KeycloakRequesterDirectory.class);

    private final Keycloak keycloak;
    private final String realm;
    private final String tenantAttribute;
    private final Clock clock;
    private final RequesterRoles roles;
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
        this.roles = new RequesterRoles(clock);
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

    @Override
    public List<Requester> find(String tenant, String words, int max) {
        try {
            RealmResource realmResource = keycloak.realm(realm);
            // The leading space keeps words such as "id:..." from Keycloak's look-up by id; Keycloak trims it off.
            List<UserRepresentation> matches = realmResource.users().search(" " + words, 0, SEARCHED, false);
            List<UserRepresentation> candidates = matches.stream().filter(user -> !Boolean.FALSE.equals(user.isEnabled()) && isOf(user, tenant))
                    .limit(max + SPARE_CANDIDATES).toList();
            List<Requester> found = new ArrayList<>();
            for (UserRepresentation user : candidates) {
                Optional<RequesterType> type = roles.typeOf(realmResource, user.getId());
                type.ifPresent(requester -> found.add(new Requester(user.getId(), requester, displayName(user), user.getEmail())));
                if (found.size() == max) {
                    break;
                }
            }
            found.forEach(requester -> remember(tenant + "/" + requester.id()));
            return found;
        } catch (ProcessingException | WebApplicationException e) {
            log.warn("Could not search for requesters in Keycloak", e);
            throw new SupportException(ErrorCode.IDENTITY_UNAVAILABLE, "Members cannot be looked up right now. Please try again in a few "
                    + "minutes; a ticket can still be raised for someone whose user id you have.");
        }
    }

    private boolean isOf(UserRepresentation user, String tenant) {
        List<String> tenants = user.getAttributes() == null ? null : user.getAttributes().get(tenantAttribute);
        return tenants != null && tenants.size() == 1 && tenant.equals(tenants.getFirst());
    }

    private static String displayName(UserRepresentation user) {
        // From another system: tidied like typed names (invisible and control characters out), never refused.
        String name = TextInput.tidyLine(Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), ""), MAX_NAME);
        return Objects.requireNonNullElse(TextInput.tidyLine(CurrentUser.displayName(name, user.getUsername()), MAX_NAME), user.getId());
    }

    private boolean lookUp(String tenant, String userId) {
        try {
            return isOf(keycloak.realm(realm).users().get(userId).toRepresentation(), tenant);
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
