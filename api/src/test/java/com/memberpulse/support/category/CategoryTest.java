package com.memberpulse.support.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.memberpulse.support.ApiIntegrationTest;
import com.memberpulse.support.common.error.ErrorCode;
import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.support.ApiResponse;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The category feature over GraphQL, role by role, and the look-ups it offers the ticket feature. */
class CategoryTest extends ApiIntegrationTest {

    private static final String FIELDS = "{ id name description position archived archivedAt version }";
    private static final String LIST = "query($all: Boolean) { ticketCategories(includeArchived: $all) " + FIELDS + " }";
    private static final String CREATE = """
            mutation($name: String!, $description: String) {
              createTicketCategory(input: {name: $name, description: $description}) %s
            }""".formatted(FIELDS);
    private static final String UPDATE = """
            mutation($id: ID!, $version: Int!, $name: String!, $description: String) {
              updateTicketCategory(input: {id: $id, version: $version, name: $name, description: $description}) %s
            }""".formatted(FIELDS);
    private static final String ARCHIVE = "mutation($id: ID!) { archiveTicketCategory(id: $id) " + FIELDS + " }";
    private static final String RESTORE = "mutation($id: ID!) { restoreTicketCategory(id: $id) " + FIELDS + " }";
    private static final String REORDER = "mutation($ids: [ID!]!) { reorderTicketCategories(ids: $ids) " + FIELDS + " }";
    private static final List<String> DEFAULTS = List.of("Billing", "Membership", "Events", "LMS", "Directory", "Other");
    private static final String TENANT_HEADER = "X-MemberPulse-Tenant";

    @Autowired
    CategoryService categoryService;

    @Test
    void aNewTenantStartsWithTheDefaultCategoriesInOrder() {
        JsonNode categories = list(admin(newTenant()), true);

        assertThat(names(categories)).isEqualTo(DEFAULTS);
        assertThat(elements(categories)).allSatisfy(category -> {
            assertThat(category.path("description").asString()).isNotBlank();
            assertThat(category.path("archived").asBoolean()).isFalse();
            assertThat(category.path("archivedAt").isNull()).isTrue();
            assertThat(category.path("version").asInt()).isZero();
        });
        assertThat(positions(categories)).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void membersAndSponsorsSeeOnlyActiveCategoriesInTheAdminsOrder() {
        Tenant tenant = newTenant();
        String admin = admin(tenant);
        JsonNode all = list(admin, true);
        ok(api.graphql(admin, ARCHIVE, Map.of("id", idOf(all, "Events"))), "archiveTicketCategory");
        List<String> ids = new ArrayList<>(ids(all));
        ids.addFirst(ids.removeLast());
        ok(api.graphql(admin, REORDER, Map.of("ids", ids)), "reorderTicketCategories");

        for (String role : List.of("ROLE_MEMBER", "ROLE_SPONSOR_USER", "ROLE_SPONSOR_ADMIN")) {
            String token = tokens.token(tenant.slug(), role);
            for (boolean includeArchived : List.of(false, true)) {
                assertThat(names(list(token, includeArchived))).as(role + " includeArchived=" + includeArchived)
                        .containsExactly("Other", "Billing", "Membership", "LMS", "Directory");
            }
        }
    }

    @Test
    void staffSeeArchivedCategoriesWhenTheyAskForThem() {
        Tenant tenant = newTenant();
        ok(api.graphql(admin(tenant), ARCHIVE, Map.of("id", idOf(list(admin(tenant), false), "Events"))), "archiveTicketCategory");

        for (String role : List.of("ROLE_CLIENT_USER", "ROLE_CLIENT_ADMIN")) {
            String token = tokens.token(tenant.slug(), role);
            assertThat(names(list(token, false))).as(role).containsExactly("Billing", "Membership", "LMS", "Directory", "Other");
            JsonNode all = list(token, true);
            assertThat(names(all)).as(role).isEqualTo(DEFAULTS);
            JsonNode events = byName(all, "Events");
            assertThat(events.path("archived").asBoolean()).isTrue();
            assertThat(events.path("archivedAt").asString()).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ROLE_MEMBER", "ROLE_SPONSOR_USER", "ROLE_SPONSOR_ADMIN", "ROLE_CLIENT_USER"})
    void onlyAdminsChangeCategories(String role) {
        Tenant tenant = newTenant();
        String admin = admin(tenant);
        String archivedId = idOf(list(admin, true), "Other");
        ok(api.graphql(admin, ARCHIVE, Map.of("id", archivedId)), "archiveTicketCategory");
        JsonNode before = list(admin, true);

        String token = tokens.token(tenant.slug(), role);
        everyMutationIsForbidden(before, archivedId, (query, variables) -> api.graphql(token, query, variables));

        assertThat(list(admin, true)).isEqualTo(before);
    }

    @Test
    void aClientAdminManagesCategories() {
        Tenant tenant = newTenant();
        String token = admin(tenant);
        managesCategories((query, variables) -> api.graphql(token, query, variables));
    }

    @Test
    void aPlatformAdminNamingTheTenantManagesCategories() {
        Tenant tenant = newTenant();
        String token = tokens.token(null, "ROLE_PLATFORM_ADMIN");
        managesCategories((query, variables) -> api.graphql(token, query, variables, TENANT_HEADER, tenant.slug()));
    }

    @Test
    void aPlatformAdminWithoutTheTenantHeaderIsForbidden() {
        Tenant tenant = newTenant();
        String admin = admin(tenant);
        String archivedId = idOf(list(admin, true), "Other");
        ok(api.graphql(admin, ARCHIVE, Map.of("id", archivedId)), "archiveTicketCategory");
        JsonNode before = list(admin, true);
        String platformAdmin = tokens.token(null, "ROLE_PLATFORM_ADMIN");

        assertThat(api.graphql(platformAdmin, LIST, Map.of("all", true)).errorCode()).isEqualTo("FORBIDDEN");
        everyMutationIsForbidden(before, archivedId, (query, variables) -> api.graphql(platformAdmin, query, variables));

        assertThat(list(admin, true)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"billing", " BILLING ", "Bill ing", "b i l l i n g", "BiLLinG\t"})
    void aNameTakenIgnoringCaseAndSpacesIsRefusedOnCreate(String name) {
        String admin = admin(newTenant());

        ApiResponse response = api.graphql(admin, CREATE, Map.of("name", name));

        assertThat(response.errorCode()).isEqualTo("CATEGORY_NAME_TAKEN");
        assertThat(response.errorField()).isEqualTo("input.name");
        assertThat(names(list(admin, true))).isEqualTo(DEFAULTS);
    }

    @Test
    void aNameTakenIsRefusedOnUpdateButACategoryMayRespellItsOwn() {
        String admin = admin(newTenant());
        JsonNode membership = byName(list(admin, true), "Membership");

        for (String taken : List.of("billing", " BILLING ", "Bill ing")) {
            ApiResponse response = api.graphql(admin, UPDATE, update(membership, taken, null));
            assertThat(response.errorCode()).as(taken).isEqualTo("CATEGORY_NAME_TAKEN");
            assertThat(response.errorField()).as(taken).isEqualTo("input.name");
        }
        assertThat(byName(list(admin, true), "Membership")).isEqualTo(membership);

        JsonNode respelled = ok(api.graphql(admin, UPDATE, update(membership, "MEMBER ship", "Joining and renewing.")), "updateTicketCategory");
        assertThat(respelled.path("name").asString()).isEqualTo("MEMBER ship");
        assertThat(respelled.path("description").asString()).isEqualTo("Joining and renewing.");
        assertThat(respelled.path("version").asInt()).isEqualTo(1);
    }

    @Test
    void twoConcurrentCreatesOfTheSameNameCannotBothWin() throws Exception {
        String admin = admin(newTenant());

        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (String name : List.of("Chapters", "Awards", "Volunteering")) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<ApiResponse>> results = pool.invokeAll(List.of(
                        createTogether(start, admin, name), createTogether(start, admin, " " + name.toLowerCase())));

                List<String> outcomes = new ArrayList<>();
                for (Future<ApiResponse> result : results) {
                    ApiResponse response = result.get();
                    outcomes.add(response.hasErrors() ? response.errorCode() + " " + response.errorField() : "created");
                }
                assertThat(outcomes).as(name).containsExactlyInAnyOrder("created", "CATEGORY_NAME_TAKEN input.name");
            }
        }

        List<String> names = names(list(admin, true)).stream().map(String::toLowerCase).toList();
        assertThat(names).containsOnlyOnce("chapters", "awards", "volunteering").hasSize(9);
        assertThat(positions(list(admin, true))).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        String admin = admin(newTenant());
        JsonNode billing = byName(list(admin, true), "Billing");
        JsonNode renamed = ok(api.graphql(admin, UPDATE, update(billing, "Payments", "Dues and invoices.")), "updateTicketCategory");

        ApiResponse stale = api.graphql(admin, UPDATE, update(billing, "Fees", null));

        assertThat(stale.errorCode()).isEqualTo("CONFLICT");
        assertThat(byName(list(admin, true), "Payments")).isEqualTo(renamed);
        assertThat(renamed.path("version").asInt()).isEqualTo(1);
    }

    @Test
    void archivingHidesACategoryFromMembersAndRestoringBringsItBackInPlace() {
        Tenant tenant = newTenant();
        String admin = admin(tenant);
        String member = tokens.token(tenant.slug(), "ROLE_MEMBER");
        String eventsId = idOf(list(admin, true), "Events");

        JsonNode archived = ok(api.graphql(admin, ARCHIVE, Map.of("id", eventsId)), "archiveTicketCategory");
        assertThat(archived.path("archived").asBoolean()).isTrue();
        assertThat(archived.path("version").asInt()).isEqualTo(1);
        assertThat(names(list(member, false))).containsExactly("Billing", "Membership", "LMS", "Directory", "Other");
        assertThat(ok(api.graphql(admin, ARCHIVE, Map.of("id", eventsId)), "archiveTicketCategory")).isEqualTo(archived);

        JsonNode restored = ok(api.graphql(admin, RESTORE, Map.of("id", eventsId)), "restoreTicketCategory");
        assertThat(restored.path("archived").asBoolean()).isFalse();
        assertThat(restored.path("archivedAt").isNull()).isTrue();
        assertThat(restored.path("position").asInt()).isEqualTo(3);
        assertThat(names(list(member, false))).isEqualTo(DEFAULTS);
        assertThat(ok(api.graphql(admin, RESTORE, Map.of("id", eventsId)), "restoreTicketCategory")).isEqualTo(restored);
    }

    @Test
    void anArchivedNameIsFreeAgainAndRestoringItThenIsRefused() {
        String admin = admin(newTenant());
        JsonNode events = ok(api.graphql(admin, ARCHIVE, Map.of("id", idOf(list(admin, true), "Events"))), "archiveTicketCategory");
        ok(api.graphql(admin, CREATE, Map.of("name", "events")), "createTicketCategory");

        ApiResponse refused = api.graphql(admin, RESTORE, Map.of("id", events.path("id").asString()));

        assertThat(refused.errorCode()).isEqualTo("CATEGORY_NAME_TAKEN");
        assertThat(byName(list(admin, true), "Events")).isEqualTo(events);

        JsonNode renamed = ok(api.graphql(admin, UPDATE, update(events, "Past events", null)), "updateTicketCategory");
        JsonNode restored = ok(api.graphql(admin, RESTORE, Map.of("id", renamed.path("id").asString())), "restoreTicketCategory");
        assertThat(restored.path("name").asString()).isEqualTo("Past events");
        assertThat(restored.path("archived").asBoolean()).isFalse();
    }

    @Test
    void reorderingPutsEveryCategoryInTheGivenOrder() {
        Tenant tenant = newTenant();
        String admin = admin(tenant);
        JsonNode before = list(admin, true);
        ok(api.graphql(admin, ARCHIVE, Map.of("id", idOf(before, "LMS"))), "archiveTicketCategory");
        List<String> reversed = ids(before).reversed();

        JsonNode reordered = ok(api.graphql(admin, REORDER, Map.of("ids", reversed)), "reorderTicketCategories");

        assertThat(ids(reordered)).isEqualTo(reversed);
        assertThat(positions(reordered)).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(byName(reordered, "LMS").path("archived").asBoolean()).isTrue();
        assertThat(list(admin, true)).isEqualTo(reordered);
        assertThat(names(list(tokens.token(tenant.slug(), "ROLE_MEMBER"), false)))
                .containsExactly("Other", "Directory", "Events", "Membership", "Billing");
    }

    @Test
    void reorderingNeedsEveryCategoryExactlyOnce() {
        String admin = admin(newTenant());
        String othersCategory = idOf(list(admin(newTenant()), true), "Billing");
        JsonNode before = list(admin, true);
        List<String> ids = ids(before);

        List<List<String>> invalid = List.of(
                List.of(),
                ids.subList(1, ids.size()),
                concat(ids, ids.getFirst()),
                concat(ids.subList(1, ids.size()), UUID.randomUUID().toString()),
                concat(ids.subList(1, ids.size()), othersCategory),
                concat(ids, "not-an-id"));
        for (List<String> attempt : invalid) {
            ApiResponse response = api.graphql(admin, REORDER, Map.of("ids", attempt));
            assertThat(response.errorCode()).as(attempt.toString()).isEqualTo("VALIDATION_FAILED");
            assertThat(response.errorField()).as(attempt.toString()).isEqualTo("ids");
        }

        assertThat(list(admin, true)).isEqualTo(before);
    }

    @Test
    void anotherTenantsCategoryIsNotFound() {
        String first = admin(newTenant());
        JsonNode category = ok(api.graphql(first, CREATE, Map.of("name", "Chapters")), "createTicketCategory");
        String second = admin(newTenant());

        for (String id : List.of(category.path("id").asString(), UUID.randomUUID().toString(), "not-an-id")) {
            Map<String, Object> rename = new HashMap<>(Map.of("id", id, "version", 0, "name", "Taken over"));
            assertThat(api.graphql(second, UPDATE, rename).errorCode()).as(id).isEqualTo("NOT_FOUND");
            assertThat(api.graphql(second, ARCHIVE, Map.of("id", id)).errorCode()).as(id).isEqualTo("NOT_FOUND");
            assertThat(api.graphql(second, RESTORE, Map.of("id", id)).errorCode()).as(id).isEqualTo("NOT_FOUND");
        }

        assertThat(byName(list(first, true), "Chapters")).isEqualTo(category);
        assertThat(names(list(second, true))).isEqualTo(DEFAULTS);
    }

    @Test
    void namesAndDescriptionsAreValidatedOnTheirFieldsAndStoredNormalised() {
        String admin = admin(newTenant());
        JsonNode billing = byName(list(admin, true), "Billing");

        assertRefused(api.graphql(admin, CREATE, Map.of("name", "   ")), "input.name");
        assertRefused(api.graphql(admin, CREATE, Map.of("name", "n".repeat(81))), "input.name");
        assertRefused(api.graphql(admin, CREATE, Map.of("name", "Chapters", "description", "d".repeat(501))), "input.description");
        assertRefused(api.graphql(admin, UPDATE, update(billing, " ", null)), "input.name");
        assertRefused(api.graphql(admin, UPDATE, update(billing, "n".repeat(81), null)), "input.name");
        assertThat(names(list(admin, true))).isEqualTo(DEFAULTS);

        JsonNode created = ok(api.graphql(admin, CREATE, Map.of("name", "  Dues \t and   fees ", "description", "  ")), "createTicketCategory");
        assertThat(created.path("name").asString()).isEqualTo("Dues and fees");
        assertThat(created.path("description").isNull()).isTrue();
        assertThat(created.path("position").asInt()).isEqualTo(7);
        assertThat(ok(api.graphql(admin, CREATE, Map.of("name", "n".repeat(80))), "createTicketCategory").path("name").asString())
                .hasSize(80);
    }

    @Test
    void theTicketFeatureGetsAssignableCategoriesAndBatchLookUps() {
        Tenant tenant = newTenant();
        String admin = admin(tenant);
        JsonNode all = list(admin, true);
        UUID billing = UUID.fromString(idOf(all, "Billing"));
        UUID events = UUID.fromString(idOf(all, "Events"));
        ok(api.graphql(admin, ARCHIVE, Map.of("id", events.toString())), "archiveTicketCategory");
        UUID othersCategory = UUID.fromString(idOf(list(admin(newTenant()), true), "Billing"));

        TenantContext.callIn(tenant, () -> {
            assertThat(categoryService.requireAssignable(billing).name()).isEqualTo("Billing");
            assertThatThrownBy(() -> categoryService.requireAssignable(events)).isInstanceOfSatisfying(SupportException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.CATEGORY_ARCHIVED));
            for (UUID unknown : List.of(othersCategory, UUID.randomUUID())) {
                assertThatThrownBy(() -> categoryService.requireAssignable(unknown)).isInstanceOfSatisfying(SupportException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
            }

            Map<UUID, Category> found = categoryService.findAllById(List.of(billing, events, othersCategory, billing));
            assertThat(found).containsOnlyKeys(billing, events);
            assertThat(found.get(events).archived()).isTrue();
            assertThat(categoryService.findAllById(Set.of())).isEmpty();
            return null;
        });
    }

    private void managesCategories(Caller caller) {
        JsonNode created = ok(caller.call(CREATE, Map.of("name", "Chapters", "description", "Local chapters.")), "createTicketCategory");
        assertThat(created.path("position").asInt()).isEqualTo(7);
        assertThat(created.path("version").asInt()).isZero();

        JsonNode updated = ok(caller.call(UPDATE, update(created, "Regional chapters", null)), "updateTicketCategory");
        assertThat(updated.path("name").asString()).isEqualTo("Regional chapters");
        assertThat(updated.path("description").isNull()).isTrue();
        assertThat(updated.path("version").asInt()).isEqualTo(1);

        String id = created.path("id").asString();
        assertThat(ok(caller.call(ARCHIVE, Map.of("id", id)), "archiveTicketCategory").path("archived").asBoolean()).isTrue();
        assertThat(ok(caller.call(RESTORE, Map.of("id", id)), "restoreTicketCategory").path("archived").asBoolean()).isFalse();

        JsonNode all = ok(caller.call(LIST, Map.of("all", true)), "ticketCategories");
        List<String> reversed = ids(all).reversed();
        assertThat(ids(ok(caller.call(REORDER, Map.of("ids", reversed)), "reorderTicketCategories"))).isEqualTo(reversed);
        assertThat(names(ok(caller.call(LIST, Map.of("all", false)), "ticketCategories")))
                .containsExactly("Regional chapters", "Other", "Directory", "LMS", "Events", "Membership", "Billing");
    }

    /** A create that waits for its rival, so both reach the database at the same time. */
    private Callable<ApiResponse> createTogether(CyclicBarrier start, String token, String name) {
        return () -> {
            start.await();
            return api.graphql(token, CREATE, Map.of("name", name));
        };
    }

    private static void everyMutationIsForbidden(JsonNode categories, String archivedId, Caller caller) {
        JsonNode billing = byName(categories, "Billing");
        List<ApiResponse> responses = List.of(
                caller.call(CREATE, Map.of("name", "Chapters")),
                caller.call(UPDATE, update(billing, "Payments", null)),
                caller.call(ARCHIVE, Map.of("id", billing.path("id").asString())),
                caller.call(RESTORE, Map.of("id", archivedId)),
                caller.call(REORDER, Map.of("ids", ids(categories).reversed())));
        assertThat(responses).allSatisfy(response -> assertThat(response.errorCode()).as(response.body().toString()).isEqualTo("FORBIDDEN"));
    }

    @FunctionalInterface
    private interface Caller {
        ApiResponse call(String query, Map<String, ?> variables);
    }

    private String admin(Tenant tenant) {
        return tokens.token(tenant.slug(), "ROLE_CLIENT_ADMIN");
    }

    private JsonNode list(String token, boolean includeArchived) {
        return ok(api.graphql(token, LIST, Map.of("all", includeArchived)), "ticketCategories");
    }

    private static JsonNode ok(ApiResponse response, String field) {
        assertThat(response.hasErrors()).as(response.body().toString()).isFalse();
        return response.data(field);
    }

    private static void assertRefused(ApiResponse response, String field) {
        assertThat(response.errorCode()).as(response.body().toString()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.errorField()).isEqualTo(field);
    }

    private static Map<String, Object> update(JsonNode category, String name, String description) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", category.path("id").asString());
        variables.put("version", category.path("version").asInt());
        variables.put("name", name);
        variables.put("description", description);
        return variables;
    }

    private static List<JsonNode> elements(JsonNode categories) {
        return StreamSupport.stream(categories.spliterator(), false).toList();
    }

    private static List<String> names(JsonNode categories) {
        return elements(categories).stream().map(c -> c.path("name").asString()).toList();
    }

    private static List<String> ids(JsonNode categories) {
        return elements(categories).stream().map(c -> c.path("id").asString()).toList();
    }

    private static List<Integer> positions(JsonNode categories) {
        return elements(categories).stream().map(c -> c.path("position").asInt()).toList();
    }

    private static JsonNode byName(JsonNode categories, String name) {
        return elements(categories).stream().filter(c -> c.path("name").asString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No category '" + name + "' in " + categories));
    }

    private static String idOf(JsonNode categories, String name) {
        return byName(categories, name).path("id").asString();
    }

    private static List<String> concat(List<String> ids, String extra) {
        List<String> all = new ArrayList<>(ids);
        all.add(extra);
        return all;
    }
}
