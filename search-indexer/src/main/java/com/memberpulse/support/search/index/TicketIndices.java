package com.memberpulse.support.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where tickets live in Elasticsearch and how they get there. Shared indices ({@code tickets_v1}, {@code tickets_v2},
 * ... one per rebuild, each made from {@code search/tickets.json} of this module: settings and strict mappings) hold
 * every tenant's tickets, routed by tenant (routing is required, so one tenant's documents sit together). The alias
 * {@code tickets} names the index in use (writes go through it); each tenant reads through an alias of its own
 * ({@code tickets_<tenant>}) that filters on the tenant and routes to it, so a query through it can never see another
 * tenant's tickets. A rebuild moves all of them to the next index in one atomic step. Writes are bulk, with the
 * ticket's revision as external version: a replayed or reordered write never replaces a newer document. A prefix keeps
 * tests' indices apart on a shared node.
 */
public final class TicketIndices {

    private static final int VERSION_CONFLICT = 409;
    private static final int NOT_FOUND = 404;
    private static final int PAGE = 1000;

    private final ElasticsearchClient client;
    private final String prefix;

    public TicketIndices(ElasticsearchClient client, String prefix) {
        this.client = client;
        this.prefix = prefix;
    }

    /** The physical index of a generation: {@code tickets_v<generation>}. */
    public String index(int generation) {
        return prefix + "tickets_v" + generation;
    }

    /** The alias naming the index in use. */
    public String current() {
        return prefix + "tickets";
    }

    /** The tenant's alias; tenant slugs are lower-case letters, digits and dashes, which index names allow. */
    public String aliasOf(String tenant) {
        return prefix + "tickets_" + tenant;
    }

    /** The index in use, if there is one yet. */
    public Optional<String> inUse() throws IOException {
        try {
            Map<String, ?> indices = client.indices().getAlias(a -> a.name(current())).aliases();
            return indices.keySet().stream().findFirst();
        } catch (ElasticsearchException e) {
            if (e.status() == NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The index in use, made (generation 1, with the {@link #current()} alias) if there is none yet. */
    public String ensureInUse() throws IOException {
        Optional<String> inUse = inUse();
        if (inUse.isPresent()) {
            return inUse.get();
        }
        String first = index(1);
        create(first);
        try {
            client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(first).alias(current()).isWriteIndex(true))));
        } catch (ElasticsearchException e) {
            // Another instance made it at the same moment: its alias stands.
            return inUse().orElseThrow(() -> e);
        }
        return inUse().orElse(first);
    }

    /** The generation after the one in use (1 if none): the index a rebuild fills. */
    public String next() throws IOException {
        int generation = inUse().map(name -> Integer.parseInt(name.substring(name.lastIndexOf("_v") + 2))).orElse(0) + 1;
        return index(generation);
    }

    /** Creates an index from this module's settings and mappings, unless it exists. */
    public void create(String name) throws IOException {
        if (client.indices().exists(e -> e.index(name)).value()) {
            return;
        }
        try (InputStream definition = TicketIndices.class.getResourceAsStream("/search/tickets.json")) {
            if (definition == null) {
                throw new IllegalStateException("search/tickets.json is missing from the search-indexer module");
            }
            client.indices().create(c -> c.index(name).withJson(definition));
        } catch (ElasticsearchException e) {
            if (!"resource_already_exists_exception".equals(e.error().type())) {
                throw e;
            }
        }
    }

    /** Deletes an index, if it exists (the old one after a rebuild, a failed rebuild's). */
    public void delete(String name) throws IOException {
        if (client.indices().exists(e -> e.index(name)).value()) {
            client.indices().delete(d -> d.index(name));
        }
    }

    /** Points the tenant's alias at {@code index}: filtered on the tenant, routed to it. Idempotent. */
    public void addTenant(String tenant, String index) throws IOException {
        client.indices().updateAliases(u -> u.actions(tenantAlias(tenant, index)));
    }

    /**
     * Moves the {@link #current()} alias and those of {@code tenants} from {@code from} to {@code to} in one step:
     * readers and writers never see neither, nor both.
     */
    public void swap(String from, String to, Collection<String> tenants) throws IOException {
        List<Action> actions = new ArrayList<>();
        actions.add(Action.of(a -> a.remove(r -> r.index(from).alias(current()))));
        actions.add(Action.of(a -> a.add(add -> add.index(to).alias(current()).isWriteIndex(true))));
        for (String tenant : tenants) {
            actions.add(Action.of(a -> a.remove(r -> r.index(from).alias(aliasOf(tenant)).mustExist(false))));
            actions.add(tenantAlias(tenant, to));
        }
        client.indices().updateAliases(u -> u.actions(actions));
    }

    private Action tenantAlias(String tenant, String index) {
        return Action.of(a -> a.add(add -> add.index(index).alias(aliasOf(tenant)).routing(tenant)
                .filter(f -> f.term(t -> t.field("tenant").value(tenant)))));
    }

    /** Removes the tenant's alias and, if asked, its documents (deprovisioning with its data dropped). */
    public void removeTenant(String tenant, boolean deleteDocuments) throws IOException {
        if (client.indices().existsAlias(e -> e.name(aliasOf(tenant))).value()) {
            client.indices().deleteAlias(d -> d.index("*").name(aliasOf(tenant)));
        }
        Optional<String> inUse = inUse();
        if (deleteDocuments && inUse.isPresent()) {
            List<String> ids = new ArrayList<>();
            versions(inUse.get(), tenant, page -> page.forEach(version -> ids.add(version.ticketId())));
            delete(inUse.get(), tenant, ids);
        }
    }

    /** A document's ticket id and version, as the index holds it. */
    public record DocumentVersion(String ticketId, long version) {
    }

    /**
     * Every document of the tenant in {@code index}, a page at a time in ticket id order, with its version (search
     * after the ticket id: delete-by-query and scrolling contexts are not needed, and it works on every node).
     */
    public void versions(String index, String tenant, Consumer<List<DocumentVersion>> pages) throws IOException {
        client.indices().refresh(r -> r.index(index));
        String after = null;
        while (true) {
            String from = after;
            List<Hit<Void>> hits = client.search(s -> {
                s.index(index).routing(tenant).size(PAGE).version(true).source(source -> source.fetch(false))
                        .query(q -> q.term(t -> t.field("tenant").value(tenant))).sort(sort -> sort.field(f -> f.field("id").order(SortOrder.Asc)));
                return from == null ? s : s.searchAfter(v -> v.stringValue(from));
            }, Void.class).hits().hits();
            if (hits.isEmpty()) {
                return;
            }
            pages.accept(hits.stream().map(hit -> new DocumentVersion(ticketId(hit.id()), hit.version())).toList());
            after = ticketId(hits.getLast().id());
        }
    }

    /** Deletes the tenant's documents of these tickets. */
    public void delete(String index, String tenant, Collection<String> ticketIds) throws IOException {
        List<String> ids = new ArrayList<>(ticketIds);
        for (int from = 0; from < ids.size(); from += PAGE) {
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            ids.subList(from, Math.min(ids.size(), from + PAGE))
                    .forEach(id -> bulk.operations(op -> op.delete(d -> d.index(index).id(documentId(tenant, id)).routing(tenant))));
            client.bulk(bulk.build());
        }
    }

    /** What a bulk write did: documents written, and those refused because the index already had a newer version. */
    public record Written(int written, int stale) {
    }

    /**
     * Writes the documents into {@code index} (an index or the {@link #current()} alias); a failure other than a stale
     * version is thrown.
     */
    public Written write(String index, List<TicketDocument.Versioned> documents) throws IOException {
        if (documents.isEmpty()) {
            return new Written(0, 0);
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (TicketDocument.Versioned versioned : documents) {
            TicketDocument document = versioned.document();
            bulk.operations(op -> op.index(i -> i.index(index).id(documentId(document.tenant(), document.id())).routing(document.tenant())
                    .version(versioned.version()).versionType(VersionType.External).document(document)));
        }
        BulkResponse response = client.bulk(bulk.build());
        int stale = 0;
        List<String> failures = new ArrayList<>();
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                continue;
            }
            if (item.status() == VERSION_CONFLICT) {
                stale++;
            } else {
                failures.add(item.id() + ": " + item.error().type() + " " + item.error().reason());
            }
        }
        if (!failures.isEmpty()) {
            throw new UncheckedIOException(new IOException("Elasticsearch refused " + failures.size() + " documents: " + failures));
        }
        return new Written(documents.size() - stale, stale);
    }

    /** Makes what was written searchable now (tests and rebuilds; the index refreshes itself every second). */
    public void refresh(String index) throws IOException {
        client.indices().refresh(r -> r.index(index));
    }

    /** Documents are named {@code <tenant>:<ticket id>}: unique across the tenants sharing an index. */
    public static String documentId(String tenant, String ticketId) {
        return tenant + ":" + ticketId;
    }

    /** The ticket id of a document id. */
    public static String ticketId(String documentId) {
        return documentId.substring(documentId.indexOf(':') + 1);
    }
}
