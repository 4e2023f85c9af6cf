package com.memberpulse.support.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where tickets live in Elasticsearch and how they get there. Shared, versioned indices ({@code tickets_v1}, its
 * settings and mappings in {@code search/tickets-v1.json} of this module) hold every tenant's tickets, routed by tenant
 * (routing is required, so one tenant's documents sit together); each tenant reads through an alias of its own
 * ({@code tickets_<tenant>}) that filters on the tenant and routes to it, so a query through it can never see another
 * tenant's tickets. Writes are bulk, with the ticket's version as an external version: a replayed or reordered write
 * never replaces a newer document. A prefix keeps tests' indices apart on a shared node.
 */
public final class TicketIndices {

    /** The version of the mappings new tenants and writes use. */
    public static final int CURRENT = 1;
    private static final int VERSION_CONFLICT = 409;
    private static final int DELETE_PAGE = 1000;

    private final ElasticsearchClient client;
    private final String prefix;

    public TicketIndices(ElasticsearchClient client, String prefix) {
        this.client = client;
        this.prefix = prefix;
    }

    public String index(int version) {
        return prefix + "tickets_v" + version;
    }

    /** The tenant's alias; tenant slugs are lower-case letters, digits and dashes, which index names allow. */
    public String aliasOf(String tenant) {
        return prefix + "tickets_" + tenant;
    }

    /** Creates the index of {@code version} from its file, unless it exists. */
    public void create(int version) throws IOException {
        String name = index(version);
        if (client.indices().exists(e -> e.index(name)).value()) {
            return;
        }
        try (InputStream definition = TicketIndices.class.getResourceAsStream("/search/tickets-v" + version + ".json")) {
            if (definition == null) {
                throw new IllegalArgumentException("No mappings for tickets_v" + version + " in this module");
            }
            client.indices().create(c -> c.index(name).withJson(definition));
        }
    }

    /** Points the tenant's alias at the index of {@code version}: filtered on the tenant, routed to it. Idempotent. */
    public void addTenant(String tenant, int version) throws IOException {
        client.indices().updateAliases(u -> u.actions(a -> a.add(add -> add.index(index(version)).alias(aliasOf(tenant))
                .routing(tenant).filter(f -> f.term(t -> t.field("tenant").value(tenant))))));
    }

    /** Moves the tenant's alias from one index version to another in one step: readers never see neither. */
    public void moveTenant(String tenant, int from, int to) throws IOException {
        client.indices().updateAliases(u -> u
                .actions(a -> a.remove(remove -> remove.index(index(from)).alias(aliasOf(tenant))))
                .actions(a -> a.add(add -> add.index(index(to)).alias(aliasOf(tenant)).routing(tenant)
                        .filter(f -> f.term(t -> t.field("tenant").value(tenant))))));
    }

    /** Removes the tenant's alias and, if asked, its documents (deprovisioning with its data dropped). */
    public void removeTenant(String tenant, int version, boolean deleteDocuments) throws IOException {
        if (client.indices().existsAlias(e -> e.name(aliasOf(tenant))).value()) {
            client.indices().deleteAlias(d -> d.index(index(version)).name(aliasOf(tenant)));
        }
        if (deleteDocuments) {
            deleteDocuments(tenant, version);
        }
    }

    /**
     * Deletes the tenant's documents, a page of ids at a time (delete-by-query lives in the {@code reindex} module, which
     * not every node has; searching and bulk-deleting works everywhere).
     */
    private void deleteDocuments(String tenant, int version) throws IOException {
        String name = index(version);
        while (true) {
            client.indices().refresh(r -> r.index(name));
            List<String> ids = client.search(s -> s.index(name).routing(tenant).size(DELETE_PAGE).source(source -> source.fetch(false))
                    .query(q -> q.term(t -> t.field("tenant").value(tenant))), Void.class).hits().hits().stream().map(hit -> hit.id()).toList();
            if (ids.isEmpty()) {
                return;
            }
            BulkRequest.Builder bulk = new BulkRequest.Builder();
            ids.forEach(id -> bulk.operations(op -> op.delete(d -> d.index(name).id(id).routing(tenant))));
            client.bulk(bulk.build());
        }
    }

    /** What a bulk write did: documents written, and those refused because the index already had a newer version. */
    public record Written(int written, int stale) {
    }

    /** Writes the documents into the index of {@code version}; a failure other than a stale version is thrown. */
    public Written write(int version, List<TicketDocument.Versioned> documents) throws IOException {
        if (documents.isEmpty()) {
            return new Written(0, 0);
        }
        BulkRequest.Builder bulk = new BulkRequest.Builder();
        for (TicketDocument.Versioned versioned : documents) {
            TicketDocument document = versioned.document();
            bulk.operations(op -> op.index(i -> i.index(index(version)).id(document.tenant() + ":" + document.id()).routing(document.tenant())
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
}
