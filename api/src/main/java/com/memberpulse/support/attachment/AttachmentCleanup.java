package com.memberpulse.support.attachment;

import com.memberpulse.support.attachment.internal.AttachmentMapper;
import com.memberpulse.support.attachment.internal.AttachmentStorage;
import com.memberpulse.support.tenant.TenantService;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes uploads that no ticket or message claimed within a day, with their bytes, in every active tenant.
 * Safe on any number of instances at once: rows are taken with {@code FOR UPDATE SKIP LOCKED}, and a claim
 * racing the removal either wins (the row is no longer unclaimed) or fails with VALIDATION_FAILED.
 */
@Component
class AttachmentCleanup {

    static final Duration UNCLAIMED_LIFETIME = Duration.ofDays(1);
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(AttachmentCleanup.class);

    private final TenantService tenants;
    private final AttachmentMapper attachments;
    private final AttachmentStorage storage;
    private final TransactionTemplate transaction;

    AttachmentCleanup(TenantService tenants, AttachmentMapper attachments, AttachmentStorage storage, PlatformTransactionManager transactionManager) {
        this.tenants = tenants;
        this.attachments = attachments;
        this.storage = storage;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Scheduled(initialDelay = 1, fixedDelay = 1, timeUnit = TimeUnit.HOURS)
    void removeStaleUploads() {
        removeUnclaimedBefore(OffsetDateTime.now().minus(UNCLAIMED_LIFETIME));
    }

    /** Removes the uploads made before {@code cutoff} and still unclaimed, tenant by tenant; returns how many. */
    int removeUnclaimedBefore(OffsetDateTime cutoff) {
        AtomicInteger total = new AtomicInteger();
        tenants.forEachActive("remove stale uploads", tenant -> total.addAndGet(removeInCurrentTenant(cutoff)));
        int removed = total.get();
        if (removed > 0) {
            log.info("Removed {} uploads nobody attached before {}", removed, cutoff);
        }
        return removed;
    }

    private int removeInCurrentTenant(OffsetDateTime cutoff) {
        int removed = 0;
        int batch;
        do {
            batch = transaction.execute(status -> {
                List<UUID> ids = attachments.lockUnclaimedBefore(cutoff, BATCH);
                if (!ids.isEmpty()) {
                    storage.delete(ids);
                    attachments.delete(ids);
                }
                return ids.size();
            });
            removed += batch;
        } while (batch == BATCH);
        return removed;
    }
}
