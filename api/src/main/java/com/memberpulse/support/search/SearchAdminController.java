package com.memberpulse.support.search;

import com.memberpulse.support.common.error.SupportException;
import com.memberpulse.support.search.index.TicketIndices;
import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.tenant.TenantService;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The platform operators' view of the search index: where it stands, a tenant's drift, a rebuild. */
@Controller
class SearchAdminController {

    private final TicketIndices indices;
    private final SearchRebuild rebuild;
    private final SearchDrift drift;
    private final TenantService tenants;

    SearchAdminController(TicketIndices indices, SearchRebuild rebuild, SearchDrift drift, TenantService tenants) {
        this.indices = indices;
        this.rebuild = rebuild;
        this.drift = drift;
        this.tenants = tenants;
    }

    record IndexStatus(String index, boolean available, SearchRebuild.Progress reindex) {
    }

    @QueryMapping
    @PreAuthorize("@access.platform()")
    IndexStatus searchIndex() {
        try {
            return new IndexStatus(indices.inUse().orElse("none"), true, rebuild.latest().orElse(null));
        } catch (IOException | RuntimeException e) {
            return new IndexStatus("unknown", false, rebuild.latest().orElse(null));
        }
    }

    @QueryMapping
    @PreAuthorize("@access.platform()")
    SearchDrift.Report searchDrift(@Argument String tenant, @Argument boolean repair) {
        Tenant served = tenants.find(tenant).filter(Tenant::isActive).orElseThrow(() -> SupportException.notFound("Tenant"));
        return TenantContext.callIn(served, () -> {
            try {
                return drift.check(repair);
            } catch (IOException | RuntimeException e) {
                throw SearchFailures.unavailable(e);
            }
        });
    }

    /** Starts a rebuild in the background and answers at once with its first progress (CONFLICT if one runs). */
    @MutationMapping
    @PreAuthorize("@access.platform()")
    SearchRebuild.Progress reindexSearch() {
        Optional<SearchRebuild.Progress> running = rebuild.latest().filter(p -> p.state() == SearchRebuild.Progress.State.RUNNING);
        if (running.isPresent()) {
            throw SupportException.conflict("A rebuild of the search index is already running.");
        }
        CompletableFuture<SearchRebuild.Progress> started = new CompletableFuture<>();
        Thread.ofVirtual().name("search-rebuild").start(() -> {
            try {
                rebuild.run(started::complete);
            } catch (RuntimeException e) {
                started.completeExceptionally(e);
            }
        });
        try {
            return started.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
