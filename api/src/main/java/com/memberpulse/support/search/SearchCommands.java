package com.memberpulse.support.search;

import com.memberpulse.support.tenant.Tenant;
import com.memberpulse.support.tenant.TenantContext;
import com.memberpulse.support.tenant.TenantService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The search index's commands ({@code SupportApplication.main} exits with their code):
 * {@code --memberpulse.command=search-reindex} rebuilds the index, printing its progress after every tenant (exit 1 if it
 * failed); {@code --memberpulse.command=search-drift} checks every active tenant (or {@code --memberpulse.search.tenant})
 * and with {@code --memberpulse.search.repair=true} repairs, printing one line per tenant (exit 1 if drift remains).
 */
@Component
@ConditionalOnExpression("'${memberpulse.command:}' == 'search-reindex' or '${memberpulse.command:}' == 'search-drift'")
class SearchCommands implements ApplicationRunner, ExitCodeGenerator {

    private final SearchRebuild rebuild;
    private final SearchDrift drift;
    private final TenantService tenants;
    private final String command;
    private final String tenant;
    private final boolean repair;
    private volatile int exitCode;

    SearchCommands(SearchRebuild rebuild, SearchDrift drift, TenantService tenants, @Value("${memberpulse.command}") String command,
                   @Value("${memberpulse.search.tenant:}") String tenant, @Value("${memberpulse.search.repair:false}") boolean repair) {
        this.rebuild = rebuild;
        this.drift = drift;
        this.tenants = tenants;
        this.command = command;
        this.tenant = tenant;
        this.repair = repair;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (command.equals("search-reindex")) {
            long started = System.nanoTime();
            SearchRebuild.Progress done = rebuild.run(progress -> System.out.printf("%-7s %s: %d/%d tenants, %,d tickets, %,.0f tickets/s%n",
                    progress.state(), progress.index(), progress.tenantsDone(), progress.tenantsTotal(), progress.ticketsIndexed(),
                    progress.ticketsIndexed() / Math.max(0.001, (System.nanoTime() - started) / 1e9)));
            if (done.error() != null) {
                System.out.println("FAILED: " + done.error());
            }
            exitCode = done.state() == SearchRebuild.Progress.State.DONE ? 0 : 1;
            return;
        }
        List<Tenant> checked = tenant.isBlank() ? tenants.active() : tenants.find(tenant).filter(Tenant::isActive).stream().toList();
        boolean clean = true;
        for (Tenant each : checked) {
            SearchDrift.Report report = TenantContext.callIn(each, () -> {
                try {
                    return drift.check(repair);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            System.out.printf("%s: %,d tickets, %,d documents, %d missing, %d stale, %d extra%s%n", report.tenant(), report.tickets(),
                    report.documents(), report.missing().size(), report.stale().size(), report.extra().size(),
                    repair ? ", " + report.repaired() + " repaired" : "");
            clean &= report.isClean() || repair;
        }
        exitCode = clean && !checked.isEmpty() ? 0 : 1;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
