package com.memberpulse.support.assignment.internal;

import com.memberpulse.support.common.text.TextInput;
import com.memberpulse.support.security.CurrentUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the associations' support staff from Keycloak's admin API: the users holding ROLE_CLIENT_ADMIN or
 * ROLE_CLIENT_USER, directly or through a group, grouped by their {@code tenant} attribute. One read serves every
 * tenant, so a periodic sync costs a few requests whatever the number of tenants. Disabled users are listed too
 * (the sync makes them inactive).
 */
@Component
public class KeycloakStaffDirectory {

    private static final int PAGE = 200;

    private final Keycloak keycloak;
    private final String realm;
    private final String tenantAttribute;

    KeycloakStaffDirectory(Keycloak keycloak, @Value("${memberpulse.keycloak.realm:memberpulse}") String realm,
                           @Value("${memberpulse.security.tenant-claim:tenant}") String tenantAttribute) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.tenantAttribute = tenantAttribute;
    }

    /** A staff user as Keycloak has them; {@code admin} when they hold ROLE_CLIENT_ADMIN. */
    public record StaffUser(String id, String username, String name, @Nullable String email, boolean enabled, boolean admin) {
    }

    /** Every staff user of every tenant, by tenant slug. */
    public Map<String, List<StaffUser>> byTenant() {
        RealmResource realmResource = keycloak.realm(realm);
        Map<String, StaffUser> byId = new LinkedHashMap<>();
        Map<String, String> tenantOf = new HashMap<>();
        // Agents first, so that admins (read second) win for a user who has both roles.
        for (String role : List.of("ROLE_CLIENT_USER", "ROLE_CLIENT_ADMIN")) {
            boolean admin = role.equals("ROLE_CLIENT_ADMIN");
            var roleResource = realmResource.roles().get(role);
            for (UserRepresentation user : all((first, max) -> roleResource.getUserMembers(false, first, max))) {
                add(user, admin, byId, tenantOf);
            }
            for (GroupRepresentation group : roleResource.getRoleGroupMembers()) {
                var groupResource = realmResource.groups().group(group.getId());
                for (UserRepresentation user : all((first, max) -> groupResource.members(first, max, false))) {
                    add(user, admin, byId, tenantOf);
                }
            }
        }
        Map<String, List<StaffUser>> result = new HashMap<>();
        byId.forEach((id, user) -> result.computeIfAbsent(tenantOf.get(id), slug -> new ArrayList<>()).add(user));
        return result;
    }

    private void add(UserRepresentation user, boolean admin, Map<String, StaffUser> byId, Map<String, String> tenantOf) {
        List<String> tenants = user.getAttributes() == null ? null : user.getAttributes().get(tenantAttribute);
        if (tenants == null || tenants.size() != 1 || tenants.getFirst().isBlank()) {
            return; // Not an association's staff (platform operators have no tenant); never guess one.
        }
        StaffUser previous = byId.get(user.getId());
        byId.put(user.getId(), new StaffUser(user.getId(), user.getUsername(), displayName(user), user.getEmail(),
                !Boolean.FALSE.equals(user.isEnabled()), admin || (previous != null && previous.admin())));
        tenantOf.put(user.getId(), tenants.getFirst());
    }

    /** As long as any name typed here may be. */
    private static final int MAX_NAME = 200;

    private static String displayName(UserRepresentation user) {
        // From another system: tidied like typed names (invisible and control characters out), never refused.
        String name = TextInput.tidyLine(Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), ""), MAX_NAME);
        return CurrentUser.displayName(name, user.getUsername());
    }

    private static List<UserRepresentation> all(BiFunction<Integer, Integer, List<UserRepresentation>> page) {
        List<UserRepresentation> users = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<UserRepresentation> batch = page.apply(first, PAGE);
            users.addAll(batch);
            if (batch.size() < PAGE) {
                return users;
            }
        }
    }
}
